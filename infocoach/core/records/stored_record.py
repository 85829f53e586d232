"""The base of stored records and of their heads, whose ``to_dict`` and ``from_dict`` are
compiled from the record's fields (see :mod:`.field_shapes`).

They are generated as Python source, as :mod:`dataclasses` does for ``__init__``, with nested
records built inline: History opens on 2,000 meetings and search reads them whole, and a loop
over the fields at run time, or a call per note and talk segment, would cost more than the
hand-written methods these replace. What the code reads and writes is exactly what the fields say.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any, ClassVar, Self, TypeVar, cast

from infocoach.core.records.field_shapes import FieldShape, shape_of, type_hints

_LITERALS = (str, int, bool, type(None))  # defaults written into the source as they are


class StoredRecord:
    """The base of every stored record: ``to_dict`` and ``from_dict`` come from its fields,
    compiled on its first use; ``NOUN`` names it in problems ("talk segment")."""

    __slots__ = ()
    NOUN: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # A subclass would inherit its parent's compiled methods, which know only the parent's
        # fields: a stored record's fields are all declared in its own class.
        super().__init_subclass__(**kwargs)
        if any(base is not StoredRecord and issubclass(base, StoredRecord) for base in cls.__bases__):
            raise TypeError(f"{cls.__name__}: a stored record derives from StoredRecord only")

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-shaped data in field order, sharing nothing with it."""
        return install(type(self)).to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from data the checks passed (unknown keys are ignored, missing ones defaulted)."""
        return install(cls).from_dict(data)


class RecordHead:
    """The base of a light, read-only view of a stored record (``HEAD_OF``): each of its fields
    is the record's field of that name and type, read the same way, or is ``derive``d from one."""

    __slots__ = ()
    HEAD_OF: ClassVar[type[StoredRecord]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)  # as for StoredRecord: its own fields, its own methods
        if any(base is not RecordHead and issubclass(base, RecordHead) for base in cls.__bases__):
            raise TypeError(f"{cls.__name__}: a record head derives from RecordHead only")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """From a stored record, as ``HEAD_OF.from_dict`` takes it."""
        return install(cls).from_dict(data)


class _Members(dict[str, StrEnum]):
    """An enum's members by value, as fast as a dict. A value that is no member is kept as it
    is, as the records' own constructors keep it, for the checks to report."""

    def __init__(self, enum: type[StrEnum]) -> None:
        super().__init__((member.value, member) for member in enum)

    def __missing__(self, value: str) -> str:
        return value


class _Source:
    """The generated source's names: constants it refers to and fresh variables."""

    def __init__(self) -> None:
        self.namespace: dict[str, Any] = {"_copy_json": copy_json}
        self._count = 0

    def bind(self, value: object) -> str:
        if type(value) in _LITERALS or (type(value) is float and math.isfinite(value)):
            return repr(value)
        self._count += 1
        name = f"_c{self._count}"
        self.namespace[name] = value
        return name

    def variable(self) -> str:
        self._count += 1
        return f"_v{self._count}"

    # --- reading: a dict into a record ----------------------------------------------------

    def raw(self, shape: FieldShape, data: str) -> str:
        """The stored value of a field, or what it is when missing."""
        if shape.default is dataclasses.MISSING:
            return f"{data}[{shape.name!r}]"
        if shape.value in ("records", "text map"):
            return f"{data}.get({shape.name!r}, ())"  # an empty list or map, without building one
        default = shape.default.value if isinstance(shape.default, StrEnum) else shape.default
        return f"{data}.get({shape.name!r}, {self.bind(default)})"

    def read(self, shape: FieldShape, data: str) -> str:
        """The field's model value from the dict named ``data``."""
        raw = self.raw(shape, data)
        if shape.value == "enum":
            assert shape.enum is not None
            return f"{self.bind(_Members(shape.enum))}[{raw}]"
        if shape.value == "text map":
            return f"dict({raw})"
        if shape.value == "records":
            item = self.variable()
            return f"[{self.build(_record(shape), item)} for {item} in {raw}]"
        if shape.value == "record":
            if not shape.nullable:
                return f"{self.bind(_record(shape))}.from_dict({raw})"
            value = self.variable()
            return f"(None if ({value} := {raw}) is None else {self.build(_record(shape), value)})"
        return raw  # plain values, and JSON that is shared: nothing changes it in place

    def build(self, cls: type[StoredRecord], data: str) -> str:
        """A record from the dict named ``data``, its arguments in field order."""
        arguments = ", ".join(self.read(shape, data) for shape in shape_of(cls))
        return f"{self.bind(cls)}({arguments})"

    # --- writing: a record into a dict ----------------------------------------------------

    def write(self, shape: FieldShape, record: str) -> str:
        value = f"{record}.{shape.name}"
        if shape.value == "enum":
            return f"str({value})"  # the value's text: a caller may have set the plain name
        if shape.value == "text map":
            return f"dict({value})"
        if shape.value == "json":
            return f"_copy_json({value})"
        if shape.value == "records":
            item = self.variable()
            return f"[{self.dump(_record(shape), item)} for {item} in {value}]"
        if shape.value == "record":
            if not shape.nullable:
                return f"{value}.to_dict()"
            inner = self.variable()
            return f"(None if ({inner} := {value}) is None else {self.dump(_record(shape), inner)})"
        return value

    def dump(self, cls: type[StoredRecord], record: str) -> str:
        """The dict of the record named ``record``, keys in field order."""
        return "{" + ", ".join(f"{s.name!r}: {self.write(s, record)}" for s in shape_of(cls)) + "}"

    def compile(self, source: str, where: str) -> Callable[..., Any]:
        exec(compile(source, f"<{where}>", "exec"), self.namespace)
        function: Callable[..., Any] = self.namespace["generated"]
        return function


def _record(shape: FieldShape) -> type[StoredRecord]:
    assert shape.record is not None and issubclass(shape.record, StoredRecord)
    return shape.record


Class = TypeVar("Class", bound=type)


def install(cls: Class) -> Class:
    """Compile the class's methods and set them on it, replacing the base class's, which call
    this on first use. Two threads doing it at once set the same methods: no harm."""
    if issubclass(cls, RecordHead):
        _install_head(cls)
    elif issubclass(cls, StoredRecord):
        _install_record(cls)
    return cls


def _install_record(cls: type[StoredRecord]) -> None:
    source = _Source()
    arguments = ", ".join(source.read(shape, "d") for shape in shape_of(cls))
    from_dict = source.compile(f"def generated(cls, d):\n    return cls({arguments})", cls.__name__)
    to_dict = source.compile(f"def generated(self):\n    return {source.dump(cls, 'self')}", cls.__name__)
    _replace_methods(cls, from_dict=classmethod(from_dict), to_dict=to_dict)


def _install_head(cls: type[RecordHead]) -> None:
    source = _Source()
    arguments = _head_arguments(cls, source)
    from_dict = source.compile(f"def generated(cls, d):\n    return cls({arguments})", cls.__name__)
    _replace_methods(cls, from_dict=classmethod(from_dict))


def _replace_methods(cls: type, **methods: object) -> None:
    """Set the compiled methods on the class itself, where they shadow the base class's (a
    method the class writes for itself is kept)."""
    for name, method in methods.items():
        if name not in cls.__dict__:
            setattr(cls, name, method)


def _head_arguments(head: type[RecordHead], source: _Source) -> str:
    """A head's constructor arguments: its record's fields read as the record reads them."""
    record = head.HEAD_OF
    shapes = {shape.name: shape for shape in shape_of(record)}
    record_hints, head_hints = type_hints(record), type_hints(head)
    arguments = []
    for field in dataclasses.fields(cast(Any, head)):
        derive = field.metadata["rules"].derive if "rules" in field.metadata else None
        if derive is not None:
            name, function = derive
            arguments.append(f"{source.bind(function)}({source.raw(shapes[name], 'd')})")
        elif field.name not in shapes:
            raise TypeError(f"{head.__name__}.{field.name} is not a field of {record.__name__}")
        elif head_hints[field.name] != record_hints[field.name]:
            raise TypeError(
                f"{head.__name__}.{field.name} is {head_hints[field.name]} "
                f"but {record.__name__}.{field.name} is {record_hints[field.name]}"
            )
        else:
            arguments.append(source.read(shapes[field.name], "d"))
    return ", ".join(arguments)


def copy_json(value: Any) -> Any:
    """A copy of JSON-shaped data (dicts, lists, scalars): the live clock's state is copied on
    every save, and copy.deepcopy's generality costs several times more."""
    if isinstance(value, dict):
        return {key: copy_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [copy_json(item) for item in value]
    return value
