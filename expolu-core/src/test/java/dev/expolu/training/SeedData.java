package dev.expolu.training;

import java.util.List;

/** The seed's 21 points ({@code tdata1}). */
final class SeedData {

    static final Dataset POINTS = Dataset.fromRows(List.of(
            List.of(-10, 6), List.of(-9, 3), List.of(-8, 1), List.of(-7, -2), List.of(-6, -5), List.of(-5, -2),
            List.of(-4, 1), List.of(-3, 3), List.of(-2, 5), List.of(-1, 2), List.of(0, 0),
            List.of(10, 6), List.of(9, 3), List.of(8, 1), List.of(7, -2), List.of(6, -5), List.of(5, -2),
            List.of(4, 1), List.of(3, 3), List.of(2, 5), List.of(1, 2)));

    private SeedData() {
    }
}
