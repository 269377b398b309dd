"""Statistical disclosure control: primary and secondary suppression of small counts in a table.

Pure Python, no Django. The algorithm (docs/adr/0003-disclosure-control.md):

A table has cells (rows × columns) and, when they are published, row totals, column totals and a
grand total. Every number is an edge of a graph: cell (i, j) joins row i to column j, row total i
joins row i to the totals column, column total j joins the totals row to column j, and the grand
total joins the two totals nodes. Each node is one equation ("the cells of this row add up to its
total"), so the table is a circulation on the graph. A total that is not published at all is an
edge that is always unknown.

1. Primary suppression: every count with 0 < n < threshold is hidden. Zero is shown.
2. Secondary suppression. A hidden number can be computed exactly from the shown ones if and only
   if its edge is a bridge of the graph of unknown edges (it lies on no cycle): the cycle space is
   the null space of the equations. While a hidden number is a bridge, one more shown number is
   hidden, chosen to close a cycle through it: non-zero before zero, cells before totals, the
   smallest first. A reader also knows that a hidden count is not zero (zeros are shown), so a
   line whose other side is fully shown must not hide only ones (1 + 1 = 2 tells both): one more
   number of that line is hidden.
Entries in `fixed` are published exactly elsewhere (an administration's total) and stay shown.

`protect` is the rule for releases (docs/adr/0006-disclosure-over-releases.md): zeros are small
too (0 <= n < threshold reads "färre än N", so a hidden count has at least N possible values),
the secondary cells are chosen in a secret seeded order that never looks at a value, cells hidden
in an earlier release of the same table stay hidden (`forced`), and a line whose hidden entries
are all small hides one more (else a hidden zero next to a hidden one is told by 0 + 1 = 1). The
hidden set then depends only on where the small counts are, the table's shape and the seed.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

# ("cell", i, j) | ("row", i) | ("column", j) | ("grand",)
Key = tuple
Node = tuple[str, int]

_KIND_RANK = {"cell": 0, "column": 1, "row": 2, "grand": 3}


@dataclass(frozen=True)
class Table:
    """Counts with the totals that are published beside them (None: not published)."""

    cells: tuple[tuple[int, ...], ...]
    row_totals: tuple[int, ...] | None = None
    column_totals: tuple[int, ...] | None = None
    grand_total: int | None = None
    fixed: frozenset[Key] = field(default_factory=frozenset)

    @classmethod
    def of(
        cls,
        cells: Sequence[Sequence[int]],
        *,
        row_totals: Sequence[int] | None = None,
        column_totals: Sequence[int] | None = None,
        grand_total: int | None = None,
        fixed: Iterable[Key] = (),
    ) -> Table:
        table = cls(
            cells=tuple(tuple(row) for row in cells),
            row_totals=None if row_totals is None else tuple(row_totals),
            column_totals=None if column_totals is None else tuple(column_totals),
            grand_total=grand_total,
            fixed=frozenset(fixed),
        )
        widths = {len(row) for row in table.cells}
        if len(widths) > 1:
            raise ValueError("every row needs the same number of cells")
        if table.row_totals is not None and len(table.row_totals) != table.rows:
            raise ValueError("one row total per row")
        if table.column_totals is not None and len(table.column_totals) != table.columns:
            raise ValueError("one column total per column")
        return table

    @property
    def rows(self) -> int:
        return len(self.cells)

    @property
    def columns(self) -> int:
        return len(self.cells[0]) if self.cells else 0

    def value(self, key: Key) -> int:
        kind = key[0]
        if kind == "cell":
            return self.cells[key[1]][key[2]]
        if kind == "row":
            return self.row_totals[key[1]]  # type: ignore[index]
        if kind == "column":
            return self.column_totals[key[1]]  # type: ignore[index]
        return self.grand_total  # type: ignore[return-value]

    def published(self) -> list[Key]:
        keys: list[Key] = [("cell", i, j) for i in range(self.rows) for j in range(self.columns)]
        if self.row_totals is not None:
            keys += [("row", i) for i in range(self.rows)]
        if self.column_totals is not None:
            keys += [("column", j) for j in range(self.columns)]
        if self.grand_total is not None:
            keys.append(("grand",))
        return keys

    def edges(self) -> dict[Key, tuple[Node, Node]]:
        """Every entry, published or not, as an edge (row-side node, column-side node)."""
        m, n = self.rows, self.columns
        edges: dict[Key, tuple[Node, Node]] = {}
        for i in range(m):
            for j in range(n):
                edges[("cell", i, j)] = (("r", i), ("c", j))
            edges[("row", i)] = (("r", i), ("c", n))
        for j in range(n):
            edges[("column", j)] = (("r", m), ("c", j))
        edges[("grand",)] = (("r", m), ("c", n))
        return edges


@dataclass(frozen=True)
class Suppression:
    """A table with the set of its entries that must not be shown."""

    table: Table
    hidden: frozenset[Key]
    threshold: int

    def shown(self, key: Key) -> int | None:
        """The number to show, or None if it is suppressed."""
        return None if key in self.hidden else self.table.value(key)

    def cell(self, i: int, j: int) -> int | None:
        return self.shown(("cell", i, j))

    def row_total(self, i: int) -> int | None:
        return self.shown(("row", i))

    def column_total(self, j: int) -> int | None:
        return self.shown(("column", j))

    def grand_total(self) -> int | None:
        return self.shown(("grand",))


def is_small(count: int, threshold: int) -> bool:
    """Primary suppression: a count that could point out individuals. Zero is not small."""
    return 0 < count < threshold


def is_primary(count: int, threshold: int) -> bool:
    """Primary suppression in a release: zero included, so "färre än N" covers N values.
    A threshold of 1 turns suppression off."""
    return threshold > 1 and 0 <= count < threshold


def suppress(table: Table, threshold: int) -> Suppression:
    """Hide small counts and enough others that no hidden count can be worked out."""
    if threshold < 1:
        raise ValueError("the threshold must be at least 1")
    primary = {key for key in table.published() if is_small(table.value(key), threshold)}
    cost: Callable[[Key], tuple] = lambda key: _cost(table, key)  # noqa: E731
    return _suppress(table, threshold, primary, cost, residual_rule=False)


def rank(secret: bytes, scope: str, name: str) -> str:
    """The secret order of secondary choice: HMAC-SHA256(secret, "scope:name"), never a value."""
    return hmac.new(secret, f"{scope}:{name}".encode(), hashlib.sha256).hexdigest()


def protect(
    table: Table,
    threshold: int,
    *,
    secret: bytes,
    scope: str,
    names: Mapping[Key, str] | None = None,
    forced: Iterable[Key] = (),
) -> Suppression:
    """Suppression for a release: zeros small, secondary choice in the seeded order, and every
    key in `forced` (hidden in an earlier release) hidden again. `names` gives each key a name
    that stays the same across releases (a category's code); `scope` is "administration:year:table".
    """
    if threshold < 1:
        raise ValueError("the threshold must be at least 1")
    published = set(table.published())
    primary = {key for key in published if is_primary(table.value(key), threshold)}
    primary |= set(forced) & published
    names = names or {}

    def cost(key: Key) -> tuple:
        return (_KIND_RANK[key[0]], rank(secret, scope, names.get(key, repr(key))))

    return _suppress(table, threshold, primary, cost, residual_rule=True)


def _suppress(
    table: Table,
    threshold: int,
    primary: set[Key],
    cost: Callable[[Key], tuple],
    *,
    residual_rule: bool,
) -> Suppression:
    published = table.published()
    edges = table.edges()
    absent = frozenset(edges) - frozenset(published)
    hidden = {key for key in primary if key not in table.fixed}
    small = {key for key in hidden if is_primary(table.value(key), threshold)}
    totals_nodes = {("r", table.rows), ("c", table.columns)}
    while True:
        unknown = {key: edges[key] for key in hidden | absent}
        exposed = sorted(key for key in _bridges(unknown) if key in hidden)
        if exposed:
            candidate = _closing_candidate(exposed[0], table, edges, unknown, hidden, cost)
        else:
            if residual_rule:
                node = _primary_only_node(table, edges, hidden, absent, totals_nodes, small)
            else:
                node = _all_ones_node(table, edges, hidden, absent, totals_nodes)
            if node is None:
                break
            candidate = _cheapest(_shown_at(node, table, edges, hidden), cost)
        if candidate is None:
            # Nothing left to hide that would help: hide all that may be hidden (never expected).
            hidden |= {key for key in published if key not in table.fixed}
            break
        hidden.add(candidate)
    return Suppression(table=table, hidden=frozenset(hidden), threshold=threshold)


def _primary_only_node(
    table: Table,
    edges: dict[Key, tuple[Node, Node]],
    hidden: set[Key],
    absent: frozenset[Key],
    totals_nodes: set[Node],
    primary: set[Key],
) -> Node | None:
    """A line whose hidden entries sit on one side and are all small: their sum could be 0 or
    1 and tell each of them (0 + 1 = 1). One more entry of the line is hidden then, whatever the
    values are: deciding by the sum would itself tell a reader that the sum is small."""
    incident: dict[Node, list[Key]] = {}
    for key, (a, b) in edges.items():
        incident.setdefault(a, []).append(key)
        incident.setdefault(b, []).append(key)
    for node in sorted(incident):
        keys = incident[node]
        if any(key in absent for key in keys):
            continue  # no equation here
        secret = [key for key in keys if key in hidden]
        if not secret:
            continue
        sides = {_other_end(edges[key], node) in totals_nodes for key in secret}
        if (
            len(sides) == 1
            and all(key in primary for key in secret)
            and _shown_at(node, table, edges, hidden)
        ):
            return node
    return None


def _shown_at(node: Node, table: Table, edges: dict[Key, tuple[Node, Node]], hidden: set[Key]) -> list[Key]:
    """Shown, hideable entries of the line (equation) at `node`."""
    return [
        key
        for key in table.published()
        if node in edges[key] and key not in hidden and key not in table.fixed
    ]


def _cost(table: Table, key: Key) -> tuple[bool, int, int, Key]:
    value = table.value(key)
    return (value == 0, _KIND_RANK[key[0]], value, key)


def _cheapest(keys: Iterable[Key], cost: Callable[[Key], tuple]) -> Key | None:
    keys = list(keys)
    return min(keys, key=cost) if keys else None


def _closing_candidate(
    bridge: Key,
    table: Table,
    edges: dict[Key, tuple[Node, Node]],
    unknown: dict[Key, tuple[Node, Node]],
    hidden: set[Key],
    cost: Callable[[Key], tuple],
) -> Key | None:
    """A shown entry whose hiding puts `bridge` on a cycle; else one that extends its line."""
    u, v = edges[bridge]
    rest = {key: ends for key, ends in unknown.items() if key != bridge}
    side_u, side_v = _reachable(u, rest), _reachable(v, rest)
    hideable = [key for key in table.published() if key not in hidden and key not in table.fixed]
    closing = [
        key
        for key in hideable
        if (edges[key][0] in side_u and edges[key][1] in side_v)
        or (edges[key][0] in side_v and edges[key][1] in side_u)
    ]
    if closing:
        return _cheapest(closing, cost)
    at_ends = [key for key in hideable if u in edges[key] or v in edges[key]]
    if at_ends:
        return _cheapest(at_ends, cost)
    touching = side_u | side_v
    return _cheapest(
        [key for key in hideable if edges[key][0] in touching or edges[key][1] in touching], cost
    )


def _all_ones_node(
    table: Table,
    edges: dict[Key, tuple[Node, Node]],
    hidden: set[Key],
    absent: frozenset[Key],
    totals_nodes: set[Node],
) -> Node | None:
    """A line whose hidden entries sit on one side, are all ones and so can be told (1+1=2)."""
    incident: dict[Node, list[Key]] = {}
    for key, (a, b) in edges.items():
        incident.setdefault(a, []).append(key)
        incident.setdefault(b, []).append(key)
    for node in sorted(incident):
        keys = incident[node]
        if any(key in absent for key in keys):
            continue  # no equation here
        secret = [key for key in keys if key in hidden]
        if len(secret) < 2:
            continue
        sides = {_other_end(edges[key], node) in totals_nodes for key in secret}
        all_ones = len(sides) == 1 and all(table.value(key) == 1 for key in secret)
        if all_ones and _shown_at(node, table, edges, hidden):
            return node
    return None


def _other_end(ends: tuple[Node, Node], node: Node) -> Node:
    return ends[1] if ends[0] == node else ends[0]


def _reachable(start: Node, edges: dict[Key, tuple[Node, Node]]) -> set[Node]:
    neighbours: dict[Node, list[Node]] = {}
    for a, b in edges.values():
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)
    seen, stack = {start}, [start]
    while stack:
        for nxt in neighbours.get(stack.pop(), []):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def _bridges(edges: dict[Key, tuple[Node, Node]]) -> set[Key]:
    """Edges on no cycle (Tarjan's bridge finding, iterative, by edge so that parallels count)."""
    adjacency: dict[Node, list[tuple[Node, Key]]] = {}
    for key, (a, b) in edges.items():
        adjacency.setdefault(a, []).append((b, key))
        adjacency.setdefault(b, []).append((a, key))
    order: dict[Node, int] = {}
    low: dict[Node, int] = {}
    bridges: set[Key] = set()
    counter = 0
    for root in sorted(adjacency):
        if root in order:
            continue
        order[root] = low[root] = counter
        counter += 1
        stack: list[tuple[Node, Key | None, int]] = [(root, None, 0)]
        while stack:
            node, via, index = stack[-1]
            if index < len(adjacency[node]):
                stack[-1] = (node, via, index + 1)
                nxt, key = adjacency[node][index]
                if key == via:
                    continue
                if nxt in order:
                    low[node] = min(low[node], order[nxt])
                else:
                    order[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append((nxt, key, 0))
            else:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > order[parent]:
                        bridges.add(via)
    return bridges


def protect_line(
    counts: Sequence[int],
    total: int | None,
    threshold: int,
    *,
    secret: bytes,
    scope: str,
    names: Sequence[str],
    forced: Iterable[str] = (),
) -> set[str]:
    """A release's breakdown: the names of the categories hidden under a shown total (ADR 0006).
    A hidden total (None: fewer than the threshold) hides every category."""
    if total is None or not names:
        return set(names)
    keys: dict[Key, str] = {("cell", 0, j): name for j, name in enumerate(names)}
    forced = set(forced)
    result = protect(
        Table.of([list(counts)], row_totals=[total], fixed=[("row", 0)]),
        threshold,
        secret=secret,
        scope=scope,
        names=keys,
        forced=[key for key, name in keys.items() if name in forced],
    )
    return {keys[key] for key in result.hidden if key in keys}


def shown_column_totals(cells: Sequence[Sequence[int | None]], width: int) -> list[int | None]:
    """Sums of lines put side by side (the city view): a column's sum only where none of its
    cells is hidden, so that the sums add no equation to what the lines show."""
    return [
        None if any(row[j] is None for row in cells) else sum(row[j] for row in cells)  # type: ignore[misc]
        for j in range(width)
    ]
