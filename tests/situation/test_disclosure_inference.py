"""Inference over releases (ADR 0006): an attacker who reads every release of a year learns no
hidden count exactly, nor narrows one to fewer than the threshold's worth of values.

Each example is a small table (2–4 rows × 2–4 columns, counts 0–8): rows are administrations,
columns the categories of a breakdown, as in the city view. The year is released two or three
times, reports only added between releases. Every release is published with the real code path:
each row by `disclosure.protect_line` under its shown total (a row below the threshold shows only
"färre än 3"), cells hidden in earlier releases forced, and the column sums by
`disclosure.shown_column_totals`. The ATTACKER then searches, by backtracking, for every filling
of all releases' hidden cells that is consistent with everything published:

- every shown cell, row total and column sum of every release, and "färre än 3" for a hidden
  row total;
- counts only grow from one release to the next;
- the public rule. The attacker knows that every count below the threshold is hidden (zeros too)
  but not the secret seed of the secondary choice, so any hidden set is possible for a filling
  whose small counts all lie inside it. Shown entries are fixed and at least the threshold, so
  this rules out no filling of the hidden ones: it is checked on what is shown.

Values run over 0..(largest true count + 3). The property: every hidden cell and hidden row total
of every release takes at least `THRESHOLD` different values over the consistent fillings.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from varna.situation.disclosure import is_primary, protect_line, shown_column_totals

THRESHOLD = 3
SECRET = b"not the production secret"

Cell = tuple[int, int]
# A published relation: (cells, "eq" or "lt", value): the cells add up to the value, or to less.
Constraint = tuple[tuple[Cell, ...], str, int]


def publish(releases: list[list[list[int]]]) -> tuple[list[set[Cell]], list[list[Constraint]]]:
    """Each release's hidden cells and published relations, as the freeze and the city view make
    them: rows protected one by one, sticky over the year."""
    m, n = len(releases[0]), len(releases[0][0])
    names = [f"c{j}" for j in range(n)]
    before: list[set[str]] = [set() for _ in range(m)]
    hidden_all, relations_all = [], []
    for cells in releases:
        hidden: set[Cell] = set()
        relations: list[Constraint] = []
        shown_rows: list[list[int | None]] = []
        for i, row in enumerate(cells):
            total = sum(row)
            shown_total = None if is_primary(total, THRESHOLD) else total
            names_hidden = protect_line(
                row, shown_total, THRESHOLD, secret=SECRET, scope=f"{i}:2024:age_group", names=names,
                forced=before[i],
            )  # fmt: skip
            before[i] |= names_hidden
            hidden |= {(i, j) for j in range(n) if names[j] in names_hidden}
            line = tuple((i, j) for j in range(n))
            relations.append((line, "eq", total) if shown_total is not None else (line, "lt", THRESHOLD))
            if shown_total is not None:
                shown_rows.append([None if (i, j) in hidden else row[j] for j in range(n)])
        for j, total in enumerate(shown_column_totals(shown_rows, n)):
            if total is not None:
                shown = tuple((i, j) for i in range(m) if not is_primary(sum(cells[i]), THRESHOLD))
                relations.append((shown, "eq", total))
        hidden_all.append(hidden)
        relations_all.append(relations)
    return hidden_all, relations_all


# --- the attacker --------------------------------------------------------------------------------


class Attacker:
    """Every filling of the hidden cells consistent with all releases, searched by backtracking.

    A variable is (release, i, j) for a hidden cell. `possible` collects, per hidden entry (a
    cell, or a hidden row total), the values it takes in the fillings found; `values_of` asks for
    witnesses until an entry has `enough` values or every value is ruled out.
    """

    def __init__(
        self, releases: list[list[list[int]]], hidden: list[set[Cell]], relations: list[list[Constraint]]
    ) -> None:
        self.true, self.hidden, self.relations = releases, hidden, relations
        self.m, self.n = len(releases[0]), len(releases[0][0])
        self.bound = max(v for cells in releases for row in cells for v in row) + 3
        for t, cells in enumerate(releases):
            # The public rule, on what is shown: nothing below the threshold is shown.
            assert all(
                cells[i][j] >= THRESHOLD
                for i in range(self.m)
                for j in range(self.n)
                if (i, j) not in hidden[t]
            )
        # Row by row, then release by release: a row's relations close early.
        self.variables = sorted(
            ((t, i, j) for t in range(len(releases)) for (i, j) in hidden[t]),
            key=lambda v: (v[1], v[0], v[2]),
        )
        self.entries: dict[tuple[int, tuple[Cell, ...]], set[int]] = {}
        for t, published in enumerate(relations):
            for cell in sorted(hidden[t]):
                self.entries[(t, (cell,))] = set()
            for line, op, _value in published:
                if op == "lt":  # a hidden row total ("färre än 3")
                    self.entries[(t, line)] = set()
        self._record({v: releases[v[0]][v[1]][v[2]] for v in self.variables})

    def _value(self, filling: dict, t: int, cell: Cell) -> int | None:
        if cell not in self.hidden[t]:
            return self.true[t][cell[0]][cell[1]]
        return filling.get((t, *cell))

    def _record(self, filling: dict) -> None:
        for (t, cells), values in self.entries.items():
            values.add(sum(self._value(filling, t, c) for c in cells))  # type: ignore[misc]

    def _ok(
        self, filling: dict, t: int, i: int, j: int, pins: list[tuple[int, tuple[Cell, ...], int]]
    ) -> bool:
        value = filling[(t, i, j)]
        for other in (t - 1, t + 1):  # counts only grow
            if 0 <= other < len(self.true):
                known = self._value(filling, other, (i, j))
                if known is not None and (known > value if other < t else known < value):
                    return False
        checks = [(line, op, v) for line, op, v in self.relations[t] if (i, j) in line]
        checks += [(line, "eq", v) for tt, line, v in pins if tt == t and (i, j) in line]
        for line, op, target in checks:
            values = [self._value(filling, t, c) for c in line]
            partial = sum(v for v in values if v is not None)
            missing = sum(1 for v in values if v is None)
            if op == "lt" and partial >= target:
                return False
            if op == "eq" and not partial <= target <= partial + missing * self.bound:
                return False
        return True

    def solve(self, pins: list[tuple[int, tuple[Cell, ...], int]]) -> dict | None:
        """One consistent filling with the pinned entries at their values, or None."""
        filling: dict[tuple[int, int, int], int] = {}

        def search(index: int) -> bool:
            if index == len(self.variables):
                return True
            t, i, j = self.variables[index]
            low = self._value(filling, t - 1, (i, j)) if t > 0 else 0
            for value in range(low or 0, self.bound + 1):
                filling[(t, i, j)] = value
                if self._ok(filling, t, i, j, pins) and search(index + 1):
                    return True
                del filling[(t, i, j)]
            return False

        return dict(filling) if search(0) else None

    def values_of(self, t: int, cells: tuple[Cell, ...], enough: int) -> set[int]:
        """Values the entry can take, found until there are `enough` (or none is left to try)."""
        possible = self.entries[(t, cells)]
        true = sum(self.true[t][i][j] for i, j in cells)
        # Nearest the true value first: the values a reader cannot rule out are usually there.
        for value in sorted(range(self.bound * len(cells) + 1), key=lambda v: (abs(v - true), v)):
            if len(possible) >= enough:
                break
            if value not in possible and (filling := self.solve([(t, cells, value)])) is not None:
                self._record(filling)
        return possible


def narrowed(releases: list[list[list[int]]]) -> dict[tuple[int, tuple[Cell, ...]], set[int]]:
    """The hidden entries the attacker pins to fewer than THRESHOLD values, with those values."""
    hidden, relations = publish(releases)
    attacker = Attacker(releases, hidden, relations)
    found = {}
    for t, cells in sorted(attacker.entries):
        values = attacker.values_of(t, cells, THRESHOLD)
        if len(values) < THRESHOLD:
            found[(t, cells)] = values
    return found


# --- the generated years -------------------------------------------------------------------------


@st.composite
def years(draw):
    """A first release and one or two later ones, each adding a few reports somewhere."""
    m, n = draw(st.integers(2, 4)), draw(st.integers(2, 4))
    cells = [[draw(st.integers(0, 6)) for _ in range(n)] for _ in range(m)]
    releases = [cells]
    for _ in range(draw(st.integers(1, 2))):
        previous = releases[-1]
        added = [[draw(st.sampled_from((0, 0, 0, 1, 2))) for _ in range(n)] for _ in range(m)]
        releases.append([[min(8, previous[i][j] + added[i][j]) for j in range(n)] for i in range(m)])
    return releases


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(years())
def test_no_hidden_count_of_any_release_is_narrowed_below_the_threshold(releases):
    assert narrowed(releases) == {}


def test_the_attacker_pins_a_hidden_zero_and_one_that_no_equation_gives_away():
    """The attacker has teeth: two hidden cells of 0 and 1 under a shown total leave each of them
    two values (0 + 1 = 1). The release rule hides one more cell of such a line."""
    cells = [[0, 1, 5, 4]]
    line = tuple((0, j) for j in range(4))
    attacker = Attacker([cells], [{(0, 0), (0, 1)}], [[(line, "eq", 10)]])
    assert attacker.values_of(0, ((0, 0),), THRESHOLD) == {0, 1}
    assert narrowed([cells]) == {}


def test_comparing_two_releases_gives_nothing_away_because_hidden_cells_stay_hidden():
    """The issue's frozen-vs-live pair: one more report after the freeze. Both releases read side
    by side leave every hidden cell of both with at least three values."""
    first = [[1, 1, 4], [2, 5, 6], [3, 4, 0]]
    second = [[1, 2, 4], [2, 5, 6], [3, 4, 0]]
    hidden, _relations = publish([first, second])
    assert hidden[0] <= hidden[1]
    assert narrowed([first, second]) == {}
