package com.classbook.catalog.application.port.in;

import com.classbook.catalog.domain.schedule.ClassSchedule;
import java.time.ZoneId;

/** A class as shown to clients: the schedule, its country's time zone and its free seats. */
public record ClassDetails(ClassSchedule schedule, ZoneId timeZone, int availableSlots) {}
