package co.anb.showcase.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The options after the command word: flags ({@code --full}) and options with a value ({@code --hold 60}). */
record Arguments(List<String> words) {

    boolean flag(String name) {
        return words.contains(name);
    }

    /** The word after {@code name}, or {@code fallback} if the option is not given. */
    String option(String name, String fallback) {
        int index = words.indexOf(name);
        return index >= 0 && index + 1 < words.size() ? words.get(index + 1) : fallback;
    }

    Duration seconds(String name, Duration fallback) {
        String value = option(name, null);
        return value == null ? fallback : Duration.ofSeconds(Long.parseLong(value));
    }

    /** A comma-separated list of whole numbers ({@code --levels 25,50,100}), or {@code fallback}. */
    List<Integer> integers(String name, List<Integer> fallback) {
        String value = option(name, null);
        return value == null ? fallback : Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf)
                .toList();
    }

    /** A comma-separated list of words ({@code --sizes 50,100}), or {@code fallback}. */
    List<String> words(String name, List<String> fallback) {
        String value = option(name, null);
        return value == null ? fallback : Arrays.stream(value.split(",")).map(String::trim).toList();
    }
}
