package london.observatory.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import london.observatory.disclosure.GeneratedRecords.CaseRecord;
import org.junit.jupiter.api.Test;

class ProtectedReleaseTest {

    private static final DisclosureControl CONTROL = DisclosureControl.standard();
    private static final RecordKeyer KEYER = new RecordKeyer(GeneratedRecords.secret());
    private static final List<String> SPINE = GeneratedRecords.spine(200);
    private static final AreaMembership MEMBERSHIP = GeneratedRecords.membership(SPINE);

    @Test
    void everyOpenAnswerIsTheSumOfTheProtectedLsoaValuesOfTheList() {
        SplittableRandom random = new SplittableRandom(2021);
        for (int set = 0; set < 200; set++) {
            ProtectedRelease release = releaseOf(GeneratedRecords.records(random, SPINE));
            for (int question = 0; question < 50; question++) {
                List<String> areas = GeneratedRecords.randomAreaList(random, SPINE);
                TreeSet<String> lsoas = new TreeSet<>();
                areas.forEach(area -> lsoas.addAll(MEMBERSHIP.lsoasOf(area)));
                long sum = 0;
                double variance = 0;
                for (String lsoa : lsoas) {
                    sum += release.lsoa(lsoa).value();
                    variance += release.lsoa(lsoa).bandVariance();
                }

                ProtectedAggregate answer = release.sumOfAreas(areas, MEMBERSHIP);

                assertThat(answer.value()).isEqualTo(sum);
                assertThat(answer.band()).isEqualTo(1.96 * Math.sqrt(variance));
                assertThat(answer.lsoas()).isEqualTo(lsoas.size());
                assertThat(answer.perturbed()).isEqualTo(!lsoas.isEmpty());
            }
        }
    }

    @Test
    void recordChangesThatLeaveTheProtectedLsoaValuesAloneChangeNoOpenAnswer() {
        SplittableRandom random = new SplittableRandom(1951);
        int changedCells = 0;
        for (int set = 0; set < 50; set++) {
            List<CaseRecord> records = GeneratedRecords.records(random, SPINE);
            ProtectedRelease before = releaseOf(records);
            List<CaseRecord> changed = changeKeepingProtectedValues(records, before, random);
            ProtectedRelease after = releaseOf(changed);
            changedCells += differingCells(records, changed);

            assertThat(after.values()).isEqualTo(before.values());
            for (int question = 0; question < 50; question++) {
                List<String> areas = GeneratedRecords.randomAreaList(random, SPINE);
                assertThat(after.sumOfAreas(areas, MEMBERSHIP)).isEqualTo(before.sumOfAreas(areas, MEMBERSHIP));
            }
        }
        // The changes were real: true counts or cell keys moved in many cells.
        assertThat(changedCells).isGreaterThan(500);
    }

    @Test
    void theOrderOfAListAndItsRepetitionsChangeNothing() {
        SplittableRandom random = new SplittableRandom(1066);
        for (int set = 0; set < 50; set++) {
            ProtectedRelease release = releaseOf(GeneratedRecords.records(random, SPINE));
            for (int question = 0; question < 50; question++) {
                List<String> areas = GeneratedRecords.randomAreaList(random, SPINE);
                ProtectedAggregate asked = release.sumOfAreas(areas, MEMBERSHIP);
                List<String> shuffledWithRepeats = new ArrayList<>(areas);
                shuffledWithRepeats.addAll(areas.subList(0, areas.size() / 2));
                Collections.shuffle(shuffledWithRepeats, new Random(question));
                List<String> withTheirOwnLsoas = new ArrayList<>(areas);
                areas.forEach(area -> withTheirOwnLsoas.addAll(MEMBERSHIP.lsoasOf(area)));

                assertThat(release.sumOfAreas(shuffledWithRepeats, MEMBERSHIP)).isEqualTo(asked);
                assertThat(release.sumOfAreas(withTheirOwnLsoas, MEMBERSHIP)).isEqualTo(asked);
            }
        }
    }

    @Test
    void aRateDividesTheProtectedCountNotTheTrueOne() {
        // Three records in L0000: the true rate per 1,000 of 500 residents would be 6.
        Map<String, KeyedCount> counts = Map.of("L0000", cellWithKey(3, 40));
        ProtectedRelease release = CONTROL.release(SPINE, counts);
        long published = release.lsoa("L0000").value();

        ProtectedRate rate = release.rateOfAreas(List.of("L0000"), MEMBERSHIP, 500, 1_000);

        assertThat(published).isIn(0L, 10L, 11L);
        assertThat(rate.value()).isEqualTo(published * 2.0);
        assertThat(rate.band()).isEqualTo(release.sumOfLsoas(List.of("L0000")).band() * 2.0);
        assertThat(rate.perturbed()).isTrue();
        assertThatThrownBy(() -> ProtectedRate.of(ProtectedAggregate.NOTHING, 0, 1))
                .hasMessage("a rate needs a positive denominator, not 0.0");
    }

    @Test
    void anLsoaWithoutRecordsPublishesZeroAndAnEmptyListIsNothing() {
        ProtectedRelease release = CONTROL.release(SPINE, Map.of());

        assertThat(release.lsoa("L0001").value()).isZero();
        assertThat(release.sumOfLsoas(List.of())).isEqualTo(ProtectedAggregate.NOTHING);
    }

    @Test
    void areasOffTheSpineAreRefused() {
        ProtectedRelease release = CONTROL.release(SPINE, Map.of());

        assertThatThrownBy(() -> release.sumOfLsoas(List.of("L0000", "E01000001")))
                .hasMessage("E01000001 is not an LSOA 2021 of this release");
        assertThatThrownBy(() -> CONTROL.release(SPINE, Map.of("E01000001", KeyedCount.EMPTY.plus(3))))
                .hasMessage("a count for E01000001, which is not on the spine");
    }

    static ProtectedRelease releaseOf(List<CaseRecord> records) {
        return CONTROL.release(SPINE, GeneratedRecords.keyedCounts(records, KEYER));
    }

    private static KeyedCount cellWithKey(int count, int key) {
        KeyedCount cell = KeyedCount.EMPTY.plus(key);
        for (int i = 1; i < count; i++) {
            cell = cell.plus(0);
        }
        return cell;
    }

    /**
     * For a third of the LSOAs, tries up to 20 edits (a record replaced by a new case, one added, one
     * removed) and keeps the first whose cell publishes the same protected value as before.
     */
    private static List<CaseRecord> changeKeepingProtectedValues(
            List<CaseRecord> records, ProtectedRelease before, SplittableRandom random) {
        Map<String, List<CaseRecord>> byLsoa = new TreeMap<>();
        records.forEach(
                r -> byLsoa.computeIfAbsent(r.lsoa(), k -> new ArrayList<>()).add(r));
        List<CaseRecord> result = new ArrayList<>();
        for (String lsoa : SPINE) {
            List<CaseRecord> cell = byLsoa.getOrDefault(lsoa, List.of());
            List<CaseRecord> kept = cell;
            boolean toEdit = random.nextInt(3) == 0;
            for (int attempt = 0; toEdit && attempt < 20 && kept == cell; attempt++) {
                List<CaseRecord> edited = edit(cell, lsoa, random);
                if (CONTROL.protect(cellOf(edited)).equals(before.lsoa(lsoa))) {
                    kept = edited;
                }
            }
            result.addAll(kept);
        }
        return result;
    }

    private static List<CaseRecord> edit(List<CaseRecord> cell, String lsoa, SplittableRandom random) {
        List<CaseRecord> edited = new ArrayList<>(cell);
        int kind = random.nextInt(3);
        if (kind > 0 && !edited.isEmpty()) {
            edited.remove(random.nextInt(edited.size()));
        }
        if (kind < 2) {
            edited.add(new CaseRecord(lsoa, "new-case-" + random.nextLong(1L << 40)));
        }
        return edited;
    }

    private static KeyedCount cellOf(List<CaseRecord> records) {
        KeyedCount cell = KeyedCount.EMPTY;
        for (CaseRecord record : records) {
            cell = cell.plus(KEYER.keyOf(GeneratedRecords.FEED, record.reference()));
        }
        return cell;
    }

    private static int differingCells(List<CaseRecord> a, List<CaseRecord> b) {
        Map<String, KeyedCount> before = GeneratedRecords.keyedCounts(a, KEYER);
        Map<String, KeyedCount> after = GeneratedRecords.keyedCounts(b, KEYER);
        int differing = 0;
        for (String lsoa : SPINE) {
            differing += before.getOrDefault(lsoa, KeyedCount.EMPTY).equals(after.getOrDefault(lsoa, KeyedCount.EMPTY))
                    ? 0
                    : 1;
        }
        return differing;
    }
}
