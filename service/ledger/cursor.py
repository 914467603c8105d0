"""A check's statements, run on the driver's own cursor.

`Connection.execute()` costs a check about 70 µs of CPU a statement (the compiled cache's
lookup, processing each parameter and building the result's metadata from the cursor's
description): more than the local PostgreSQL takes to run it. The check path's statements are
Core statements like every other (store.py); `execute()` here compiles each once per dialect and
runs it on the DBAPI cursor of the connection, each parameter through its type's bind processor
and each column through its result processor, as SQLAlchemy would. A driver's error is raised
as the SQLAlchemy error `Connection.execute()` raises, and a connection the server dropped is
invalidated as it would invalidate it, with the pool's other connections (docs/ledger.md,
"Failure").
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection, Dialect
from sqlalchemy.exc import DBAPIError, StatementError

Processor = Callable[[Any], Any] | None


@dataclass(frozen=True)
class _Compiled:
    """A statement as a dialect's SQL, and how a call's parameters and rows pass through."""

    sql: str
    # Every parameter in the SQL: its name, whether a call must give its value (else the
    # constant it binds), the constant, and its type's bind processor; in the SQL's order for a
    # positional driver (SQLite's ?).
    parameters: tuple[tuple[str, bool, Any, Processor], ...]
    positional: bool
    # Whether the statement returns rows; their type, and each column's result processor.
    returns_rows: bool
    row: Callable[..., Any]
    results: tuple[Processor, ...]

    def bind(self, values: Mapping[str, Any]) -> Any:
        """The driver's parameters: a tuple for a positional driver, else a dictionary."""
        bound = []
        for name, required, constant, process in self.parameters:
            value = values[name] if required else constant
            bound.append(value if process is None else process(value))
        if self.positional:
            return tuple(bound)
        return {name: value for (name, *_), value in zip(self.parameters, bound, strict=True)}

    def rows(self, fetched: Sequence[Any]) -> list[Any]:
        """The fetched rows as named tuples, each value through its column's processor."""
        processors = self.results
        return [
            self.row(
                *(
                    value if process is None else process(value)
                    for value, process in zip(fetched_row, processors, strict=True)
                )
            )
            for fetched_row in fetched
        ]


@cache
def _compiled(statement: Any, dialect: Dialect) -> _Compiled:
    compiled = statement.compile(dialect=dialect)
    if compiled.literal_execute_params or compiled.post_compile_params:
        raise ValueError("a statement with IN lists or rendered literals would compile per call")
    binds = {
        name: (
            bind.required,
            bind.value,
            bind.type.dialect_impl(dialect).bind_processor(dialect),
        )
        for bind, name in compiled.bind_names.items()
    }
    order = compiled.positiontup if compiled.positional else list(binds)
    columns = list(statement.exported_columns)
    return _Compiled(
        sql=compiled.string,
        parameters=tuple((name, *binds[name]) for name in order),
        positional=compiled.positional,
        returns_rows=bool(columns),
        # An unlabelled expression has no name: rename gives it its position's (_0, _1, …).
        row=namedtuple("Row", [getattr(c, "name", "") for c in columns], rename=True),
        results=tuple(
            c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns
        ),
    )


def execute(connection: Connection, statement: Any, values: Mapping[str, Any]) -> list[Any]:
    """Run a Core statement with its parameters taken from `values` by name; its rows (named
    tuples), or [] for a statement that returns none."""
    compiled = _compiled(statement, connection.dialect)
    parameters = compiled.bind(values)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(compiled.sql, parameters)
        return compiled.rows(cursor.fetchall()) if compiled.returns_rows else []
    except connection.dialect.loaded_dbapi.Error as error:
        raise _translated(connection, cursor, compiled.sql, parameters, error) from error
    finally:
        cursor.close()


def _translated(
    connection: Connection, cursor: Any, sql: str, parameters: Any, error: Any
) -> StatementError:
    """The error as SQLAlchemy raises it. A connection the server dropped is invalidated, and
    the pool starts afresh: its other connections were most likely dropped with it."""
    dialect = connection.dialect
    dropped = dialect.is_disconnect(error, connection.connection.dbapi_connection, cursor)
    if dropped:
        connection.invalidate(error)
        connection.engine.dispose()
    translated: StatementError = DBAPIError.instance(
        sql,
        parameters,
        error,
        dialect.loaded_dbapi.Error,
        connection_invalidated=dropped,
        dialect=dialect,
    )
    return translated
