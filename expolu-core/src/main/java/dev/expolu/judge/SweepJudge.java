package dev.expolu.judge;

import dev.expolu.record.RunRecord;
import dev.expolu.run.Cell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Judges a sweep's claims: each claim in each cell it covers, on that cell's runs. */
public final class SweepJudge {

    private SweepJudge() {
    }

    /**
     * @param claims  the sweep's claims
     * @param cells   its cells, in order
     * @param records the runs of the experiment, each carrying its cell
     */
    public static List<SweepVerdict> judge(List<SweepClaim> claims, List<Cell> cells, List<RunRecord> records) {
        Map<String, Map<String, List<RunRecord>>> byCell = byCell(records);
        List<SweepVerdict> verdicts = new ArrayList<>();
        for (SweepClaim claim : claims) {
            List<CellVerdict> judged = new ArrayList<>();
            for (Cell cell : claim.cells(cells)) {
                judged.add(claim.claim().judge(cell.name(), byCell.getOrDefault(cell.name(), Map.of())));
            }
            verdicts.add(new SweepVerdict(claim, judged));
        }
        return verdicts;
    }

    /** The runs by cell name, then by variant name, each in seed order as given. */
    public static Map<String, Map<String, List<RunRecord>>> byCell(List<RunRecord> records) {
        Map<String, Map<String, List<RunRecord>>> byCell = new LinkedHashMap<>();
        for (RunRecord r : records) {
            if (r.cell() != null) {
                byCell.computeIfAbsent(r.cell().name(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.variant(), k -> new ArrayList<>()).add(r);
            }
        }
        return byCell;
    }
}
