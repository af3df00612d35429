package com.classbook.booking.adapter.in.rest;

/** A class's seat counts (I2: freeSlots + reservedSlots + bookedSlots = capacity). */
public record SeatCountsResponse(
    String classId, int capacity, int freeSlots, int reservedSlots, int bookedSlots) {}
