package london.observatory.connectors.nomis;

import org.apache.commons.csv.CSVRecord;

/**
 * A run of consecutive records from one landed file: the unit a Spring Batch step reads, processes
 * and writes. Moving rows in blocks rather than one by one keeps the framework's per-item cost off
 * the per-row hot path (see the benchmark section of the README).
 *
 * @param file      landed file name, for quarantine messages
 * @param lines     line number (1-based, header is line 1) where each record starts
 * @param records   the records; only the first {@code size} are used
 * @param columns   positions of the columns the block is read by in this file (for the API: {@link NomisColumns})
 * @param width     number of header columns, to catch rows with missing or extra fields
 */
public record NomisBlock(String file, long[] lines, CSVRecord[] records, int size, int[] columns, int width) {}
