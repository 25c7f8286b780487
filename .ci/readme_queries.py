"""Opens a published observatory.duckdb with DuckDB's own Python package, as an analyst would (no project
code), and runs every ```sql block of README.md, then checks each view.

    python readme_queries.py <observatory.duckdb> <README.md>

Each README block must run and return at least one row. When a block is followed directly by a plain ```
block whose first line is a header of columns separated by |, that block is the answer the README shows:
the columns and every row must be what the query returns (NULL for a null, true/false for booleans).
Each view must return rows, and every column of every table and view must be in data_dictionary with the
type DuckDB gives it. Any failure is printed and the exit status is 1.
"""

import re
import sys

import duckdb

VIEWS = ["observation_rollups", "about", "time_series", "latest_values", "area_profiles", "feed_status"]
BLOCK = re.compile(r"^```(\w*)\n(.*?)^```\n", re.S | re.M)


def blocks(readme):
    """(line number, sql, shown answer or None) of each ```sql block."""
    found = list(BLOCK.finditer(readme))
    for i, match in enumerate(found):
        if match.group(1) != "sql":
            continue
        line = readme.count("\n", 0, match.start()) + 1
        answer = None
        if i + 1 < len(found):
            following = found[i + 1]
            if following.group(1) == "" and following.start() == match.end() and "|" in following.group(2).split("\n")[0]:
                answer = following.group(2)
        yield line, match.group(2), answer


def cell(value):
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def check_answer(columns, rows, answer):
    lines = [line for line in answer.split("\n") if line.strip()]
    shown_columns = [c.strip() for c in lines[0].split("|")]
    if shown_columns != columns:
        return "columns %s, the README shows %s" % (columns, shown_columns)
    shown = [[c.strip() for c in line.split("|")] for line in lines[1:]]
    actual = [[cell(v) for v in row] for row in rows]
    if shown != actual:
        return "rows %s, the README shows %s" % (actual, shown)
    return None


def main(database, readme_path):
    with open(readme_path, encoding="utf-8") as f:
        readme = f.read()
    failures = []
    con = duckdb.connect(database, read_only=True)
    print("duckdb %s opened %s read-only (%s)" % (duckdb.__version__, database,
          con.sql("SELECT tags['storage_version'] FROM duckdb_databases() WHERE NOT internal").fetchone()[0]))

    examples = list(blocks(readme))
    if not examples:
        failures.append("README.md has no ```sql block")
    for line, sql, answer in examples:
        what = "README.md line %d" % line
        try:
            result = con.execute(sql)
            columns = [d[0] for d in result.description]
            rows = result.fetchall()
        except duckdb.Error as e:
            failures.append("%s: %s" % (what, e))
            continue
        if not rows:
            failures.append("%s: no rows" % what)
            continue
        problem = check_answer(columns, rows, answer) if answer else None
        if problem:
            failures.append("%s: %s" % (what, problem))
            continue
        print("ok  %s: %d rows%s" % (what, len(rows), ", as the README shows" if answer else ""))

    present = {r[0] for r in con.sql("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    for view in VIEWS:
        if view not in present:
            failures.append("view %s: not in the database" % view)
            continue
        try:
            n = con.execute('SELECT count(*) FROM "%s"' % view).fetchone()[0]
            con.execute('SELECT * FROM "%s" LIMIT 5' % view).fetchall()
        except duckdb.Error as e:
            failures.append("view %s: %s" % (view, e))
            continue
        if n == 0:
            failures.append("view %s: no rows" % view)
        else:
            print("ok  view %s: %d rows" % (view, n))

    undescribed = con.execute(
        "SELECT c.table_name || '.' || c.column_name || ' ' || c.data_type FROM duckdb_columns() c "
        "WHERE NOT c.internal AND NOT EXISTS (SELECT 1 FROM data_dictionary d WHERE d.object_name = c.table_name "
        "AND d.column_name = c.column_name AND d.data_type = c.data_type) ORDER BY 1").fetchall()
    if undescribed:
        failures.append("not in data_dictionary with its type: %s" % ", ".join(r[0] for r in undescribed))
    else:
        print("ok  data_dictionary: every column of every table and view, with its type")

    if failures:
        print("FAILED %d check(s):" % len(failures), file=sys.stderr)
        for failure in failures:
            print("  " + failure, file=sys.stderr)
        return 1
    print("all %d README queries and %d views ran with duckdb %s" % (len(examples), len(VIEWS), duckdb.__version__))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
    sys.exit(main(sys.argv[1], sys.argv[2]))
