"""The value of a constant operand in SlithIR, including `2 ** 32`, which Slither leaves as a temporary."""

from __future__ import annotations

from slither.slithir.operations import Binary, BinaryType
from slither.slithir.variables import Constant

FOLD = {
    BinaryType.POWER: lambda a, b: a ** b if b < 512 else None,
    BinaryType.MULTIPLICATION: lambda a, b: a * b,
    BinaryType.ADDITION: lambda a, b: a + b,
    BinaryType.SUBTRACTION: lambda a, b: a - b,
    BinaryType.LEFT_SHIFT: lambda a, b: a << b if b < 512 else None,
}


def constant_value(variable, node, depth: int = 3) -> int | None:
    """An int when `variable` is a literal or a temporary computed from literals in the same node."""
    if isinstance(variable, Constant):
        return int(variable.value) if str(variable.value).lstrip("-").isdigit() else None
    if depth == 0 or node is None:
        return None
    for ir in node.irs:
        if isinstance(ir, Binary) and ir.lvalue is variable and ir.type in FOLD:
            left = constant_value(ir.variable_left, node, depth - 1)
            right = constant_value(ir.variable_right, node, depth - 1)
            if left is not None and right is not None:
                return FOLD[ir.type](left, right)
    return None
