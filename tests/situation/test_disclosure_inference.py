"""Inference over releases (ADR 0006): an attacker who reads every release of a year learns no
hidden count exactly, nor narrows one to fewer than the threshold's worth of values.

Each example is a small table (2–4 rows × 2–4 columns, counts 0–8) released several times in a
year, reports only added between releases. Every release is published with the real code path
(`disclosure.protect`, row, column and grand totals published, earlier hidden cells forced). The
ATTACKER then enumerates, by backtracking, every filling of all releases' hidden cells that is
consistent with everything published:

- every shown cell and total of every release, and each release's sums (hidden totals follow from
  the cells);
- counts only grow from one release to the next;
- the public rule. The attacker knows that every count below the threshold is hidden (zeros too)
  but not the secret seed of the secondary choice, so any hidden set is possible for a filling
  whose small counts all lie inside it. Shown entries are fixed and at least the threshold, so
  this rules out no filling of the hidden ones: it is checked on what is shown.

Values run over 0..(largest true count + 3). The property: every hidden cell and hidden total of
every release takes at least `THRESHOLD` different values over the consistent fillings.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from varna.situation.disclosure import Key, Table, protect

THRESHOLD = 3
SECRET = b"not the production secret"


def publish(releases: list[list[list[int]]], scope: str = "1:2024:environment") -> list[frozenset[Key]]:
    """Each release's hidden entries, as the freeze computes them: sticky over the year."""
    hidden_before: set[Key] = set()
    result = []
    for cells in releases:
        table = full_table(cells)
        hidden = protect(table, THRESHOLD, secret=SECRET, scope=scope, forced=hidden_before).hidden
        hidden_before |= hidden
        result.append(hidden)
    return result


def full_table(cells: list[list[int]]) -> Table:
    return Table.of(
        cells,
        row_totals=[sum(row) for row in cells],
        column_totals=[sum(col) for col in zip(*cells, strict=True)],
        grand_total=sum(map(sum, cells)),
    )


# --- the attacker --------------------------------------------------------------------------------


class Attacker:
    """Every filling of the hidden cells consistent with all releases, searched by backtracking.

    A variable is (release, i, j) for a hidden cell. `possible` collects, per hidden entry
    (release, key), the values it takes in the fillings found; `values_of` asks for witnesses
    until an entry has `enough` values or every value is ruled out.
    """

    def __init__(self, releases: list[list[list[int]]], hidden: list[frozenset[Key]]) -> None:
        self.true = releases
        self.hidden = hidden
        self.m, self.n = len(releases[0]), len(releases[0][0])
        self.bound = max(v for cells in releases for row in cells for v in row) + 3
        self.tables = [full_table(cells) for cells in releases]
        for table, secret in zip(self.tables, hidden, strict=True):
            # The public rule, on what is shown: nothing below the threshold is shown.
            assert all(table.value(key) >= THRESHOLD for key in table.published() if key not in secret)
        self.variables = [
            (t, i, j)
            for t in range(len(releases))
            for i in range(self.m)
            for j in range(self.n)
            if ("cell", i, j) in hidden[t]
        ]
        self.possible: dict[tuple[int, Key], set[int]] = {
            (t, key): set() for t, secret in enumerate(hidden) for key in secret
        }
        self._record({(t, i, j): releases[t][i][j] for t, i, j in self.variables})

    def shown(self, t: int, key: Key) -> int | None:
        return None if key in self.hidden[t] else self.tables[t].value(key)

    def _record(self, filling: dict[tuple[int, int, int], int]) -> None:
        for t in range(len(self.true)):
            cells = [
                [filling.get((t, i, j), self.true[t][i][j]) for j in range(self.n)] for i in range(self.m)
            ]
            table = full_table(cells)
            for key in self.hidden[t]:
                self.possible[(t, key)].add(table.value(key))

    def _cell(self, filling: dict, t: int, i: int, j: int) -> int | None:
        if ("cell", i, j) not in self.hidden[t]:
            return self.true[t][i][j]
        return filling.get((t, i, j))

    def _consistent(self, filling: dict, t: int, i: int, j: int, pins: dict[tuple[int, Key], int]) -> bool:
        """The constraints that the newest assignment (t, i, j) can break, checked as far as known."""
        value = filling[(t, i, j)]
        for other in (t - 1, t + 1):  # counts only grow
            if 0 <= other < len(self.true):
                known = self._cell(filling, other, i, j)
                if known is not None and (known > value if other < t else known < value):
                    return False
        lines = [
            (("row", i), [(i, jj) for jj in range(self.n)]),
            (("column", j), [(ii, j) for ii in range(self.m)]),
            (("grand",), [(ii, jj) for ii in range(self.m) for jj in range(self.n)]),
        ]
        for key, members in lines:
            values = [self._cell(filling, t, ii, jj) for ii, jj in members]
            partial = sum(v for v in values if v is not None)
            missing = sum(1 for v in values if v is None)
            target = self.shown(t, key)
            if target is None:
                target = pins.get((t, key))
            if target is not None and not partial <= target <= partial + missing * self.bound:
                return False
        return True

    def _totals_ok(self, filling: dict, pins: dict[tuple[int, Key], int]) -> bool:
        """Hidden totals pinned by the question, and hidden totals growing, once all is filled."""
        tables = [
            full_table(
                [[filling.get((t, i, j), self.true[t][i][j]) for j in range(self.n)] for i in range(self.m)]
            )
            for t in range(len(self.true))
        ]
        return all(tables[t].value(key) == value for (t, key), value in pins.items())

    def solve(self, pins: dict[tuple[int, Key], int]) -> dict | None:
        """One consistent filling with the pinned entries at their values, or None."""
        filling: dict[tuple[int, int, int], int] = {}
        cell_pins = {(t, key[1], key[2]): v for (t, key), v in pins.items() if key[0] == "cell"}

        def search(index: int) -> bool:
            if index == len(self.variables):
                return self._totals_ok(filling, pins)
            t, i, j = self.variables[index]
            low = self._cell(filling, t - 1, i, j) if t > 0 else 0
            choices = [cell_pins[(t, i, j)]] if (t, i, j) in cell_pins else range(low or 0, self.bound + 1)
            for value in choices:
                filling[(t, i, j)] = value
                if self._consistent(filling, t, i, j, pins) and search(index + 1):
                    return True
                del filling[(t, i, j)]
            return False

        return dict(filling) if search(0) else None

    def values_of(self, t: int, key: Key, enough: int) -> set[int]:
        """Values the entry can take, found until there are `enough` (or none is left to try)."""
        top = self.bound * (self.m * self.n if key[0] != "cell" else 1)
        true = self.tables[t].value(key)
        # Nearest the true value first: the values a reader cannot rule out are usually there.
        for value in sorted(range(top + 1), key=lambda v: (abs(v - true), v)):
            if len(self.possible[(t, key)]) >= enough:
                break
            if value in self.possible[(t, key)]:
                continue
            filling = self.solve({(t, key): value})
            if filling is not None:
                self._record(filling)
        return self.possible[(t, key)]


def narrowed(releases: list[list[list[int]]]) -> dict[tuple[int, Key], set[int]]:
    """The hidden entries the attacker pins to fewer than THRESHOLD values, with those values."""
    hidden = publish(releases)
    attacker = Attacker(releases, hidden)
    found = {}
    for t, secret in enumerate(hidden):
        for key in sorted(secret):
            values = attacker.values_of(t, key, THRESHOLD)
            if len(values) < THRESHOLD:
                found[(t, key)] = values
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


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(years())
def test_no_hidden_count_of_any_release_is_narrowed_below_the_threshold(releases):
    assert narrowed(releases) == {}


def test_the_attacker_pins_a_hidden_zero_and_one_that_no_equation_gives_away():
    """The attacker has teeth: a rectangle of hidden cells is safe by linear algebra, but a row
    whose hidden cells sum to 1 leaves each of them two values (the residual rule prevents it)."""
    cells = [[0, 1, 5], [4, 4, 4]]
    rectangle = frozenset({("cell", 0, 0), ("cell", 0, 1), ("cell", 1, 0), ("cell", 1, 1)})
    attacker = Attacker([cells], [rectangle])
    assert attacker.values_of(0, ("cell", 0, 0), THRESHOLD) == {0, 1}
    assert narrowed([cells]) == {}  # what protect hides instead


def test_comparing_two_releases_gives_nothing_away_because_hidden_cells_stay_hidden():
    """The issue's frozen-vs-live pair: one more report after the freeze. Both releases read side
    by side leave every hidden cell of both with at least three values."""
    first = [[1, 1, 4], [2, 5, 6], [3, 4, 0]]
    second = [[1, 2, 4], [2, 5, 6], [3, 4, 0]]
    hidden = publish([first, second])
    assert hidden[0] <= hidden[1]
    assert narrowed([first, second]) == {}
