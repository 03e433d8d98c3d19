package dev.xinspect.ui.viewmodel;

/** A sandbox scenario as the workshop bar lists it: its name, its title and its lesson. */
public record ScenarioOption(String name, String title, String lesson) {
    @Override
    public String toString() {
        return title;
    }
}
