package com.example.app;

/** Every generated model implements this (additionalModelInterfaces): a type of this project, not compiled when the goal runs. */
public interface Tagged {
    default String tag() {
        return getClass().getSimpleName();
    }
}
