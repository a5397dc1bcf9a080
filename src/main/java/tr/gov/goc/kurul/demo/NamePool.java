package tr.gov.goc.kurul.demo;

import java.util.List;

/** Hands out demo names in turn, so that generated staff do not all share one name. */
final class NamePool {

    private final List<String> firstNames;
    private final List<String> lastNames;
    private int next;

    NamePool(List<String> firstNames, List<String> lastNames) {
        this.firstNames = firstNames;
        this.lastNames = lastNames;
    }

    String[] next() {
        int n = next++;
        return new String[] {firstNames.get(n % firstNames.size()), lastNames.get((n * 7 + n / lastNames.size()) % lastNames.size())};
    }
}
