package com.classbook.waitlist.application.port.in;

import com.classbook.waitlist.domain.WaitlistEntry;

/** An entry with its live 1-based queue position (null unless it is waiting). */
public record WaitlistEntryView(WaitlistEntry entry, Integer position) {}
