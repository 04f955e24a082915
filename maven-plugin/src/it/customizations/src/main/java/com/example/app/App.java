package com.example.app;

import com.example.events.Event;
import com.example.events.Level;
import java.time.Instant;

/** Uses what the customisations changed: an Instant, the renamed constant, the added interface. */
public final class App {
    private App() {}

    public static String describe(Event event) {
        Instant at = event.getAt();
        Tagged tagged = event;
        return tagged.tag() + " at " + at + (Level.WARNING.equals(event.getLevel()) ? " (warning)" : "");
    }
}
