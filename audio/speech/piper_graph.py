"""A Piper voice's decoder rewritten with 2-D convolutions, computing the same samples.

Piper's VITS models end in a HiFi-GAN decoder: about three quarters of their time,
all 1-D convolutions on long signals. onnxruntime runs 1-D convolutions as a matrix
product over a copied-out signal (im2col), but 2-D ones through its blocked "NCHWc"
kernels, which convolve in place. The decoder is the same network with a height of
one: every weight gets a unit axis, every tensor of the decoder an extra axis of
size one (added where the decoder begins, removed where it ends), and onnxruntime's
full optimization level (``ORT_ENABLE_ALL``, at load) then gives it the blocked
kernels. Measured on the "joe" medium voice, one thread: the samples differ by at
most 2e-6 (float rounding); the time, see the README's speed table.

Only a decoder made of the operators below is rewritten; anything else is left as
it is (``decoder_in_2d`` returns None), and the caller checks the result against the
original on a test sentence before using it.
"""

from __future__ import annotations

DECODER_PREFIX = "/dec/"  # how Piper's exporter (torch.onnx) names the decoder's nodes
# Operators whose meaning does not change with an extra axis of size one (for the
# element-wise ones: as long as their constant operands are scalars).
CONVOLUTIONS = {"Conv", "ConvTranspose"}
ELEMENT_WISE = {"Add", "Sub", "Mul", "Div", "LeakyRelu", "Relu", "Tanh"}
_SPATIAL_ATTRIBUTES = {"kernel_shape", "strides", "dilations", "output_padding"}


def decoder_in_2d(model):
    """A copy of ``model`` (an onnx ModelProto) whose decoder convolves in 2-D, or None
    if it has no decoder this rewrite understands."""
    import onnx  # imported here: only the first run of a voice rewrites it
    from onnx import helper, numpy_helper

    model = onnx.ModelProto.FromString(model.SerializeToString())
    graph = model.graph
    region = [node for node in graph.node if node.name.startswith(DECODER_PREFIX)]
    constants = {i.name: i for i in graph.initializer}
    constants.update({node.output[0]: node for node in region if node.op_type == "Constant"})
    if not region or not any(node.op_type in CONVOLUTIONS for node in region):
        return None
    produced = {out for node in region for out in node.output}
    for node in region:
        if node.op_type == "Constant":
            if _size_of(node, helper) != 1:
                return None
        elif node.op_type in CONVOLUTIONS:
            if not _conv_to_2d(node, constants, numpy_helper):
                return None
        elif node.op_type in ELEMENT_WISE:
            if any(name in constants and _size_of(constants[name], helper) != 1
                   for name in node.input):
                return None
        else:
            return None
    axis = _axis_operand(model, helper, numpy_helper)
    _unsqueeze_inputs(graph, region, produced, constants, axis, helper)
    _squeeze_outputs(graph, region, axis, helper)
    kept = [info for info in graph.value_info if info.name not in produced]
    del graph.value_info[:]
    graph.value_info.extend(kept)
    return model


def _conv_to_2d(node, constants: dict, numpy_helper) -> bool:
    weight = constants.get(node.input[1])
    if weight is None or not hasattr(weight, "dims") or len(weight.dims) != 3:
        return False
    array = numpy_helper.to_array(weight)
    weight.CopyFrom(numpy_helper.from_array(array[:, :, None, :], weight.name))
    for attribute in node.attribute:
        values = list(attribute.ints)
        if attribute.name in _SPATIAL_ATTRIBUTES:
            values = [1, *values]
        elif attribute.name == "pads":  # [begin, end] → [top, begin, bottom, end]
            values = [0, values[0], 0, values[1]]
        else:
            continue
        del attribute.ints[:]
        attribute.ints.extend(values)
    return True


def _axis_operand(model, helper, numpy_helper) -> dict:
    """How Unsqueeze and Squeeze are told the axis: an input from opset 13, before it an
    attribute."""
    import numpy as np

    opset = next((o.version for o in model.opset_import if o.domain in ("", "ai.onnx")), 13)
    if opset < 13:
        return {"attribute": {"axes": [2]}, "inputs": []}
    name = "papercast_axis_2d"
    model.graph.initializer.append(numpy_helper.from_array(np.array([2], dtype=np.int64), name))
    return {"attribute": {}, "inputs": [name]}


def _unsqueeze_inputs(graph, region, produced, constants, axis: dict, helper) -> None:
    """Each tensor the decoder takes from the rest of the model gains its unit axis."""
    outside = [name for node in region for name in node.input
               if name and name not in produced and name not in constants]
    first = min(list(graph.node).index(node) for node in region)
    for name in dict.fromkeys(outside):
        wide = f"{name}_2d"
        graph.node.insert(first, helper.make_node(
            "Unsqueeze", [name, *axis["inputs"]], [wide],
            name=f"{DECODER_PREFIX}papercast_in_2d_{name}", **axis["attribute"]))
        _renamed_input(region, name, wide)


def _squeeze_outputs(graph, region, axis: dict, helper) -> None:
    """Each tensor the rest of the model takes from the decoder loses its unit axis."""
    region_names = {id(node) for node in region}
    wanted = {out.name for out in graph.output} | {
        name for node in graph.node if id(node) not in region_names for name in node.input}
    for node in region:
        for k, name in enumerate(node.output):
            if name not in wanted:
                continue
            wide = f"{name}_2d"
            node.output[k] = wide
            _renamed_input(region, name, wide)
            position = list(graph.node).index(node) + 1
            graph.node.insert(position, helper.make_node(
                "Squeeze", [wide, *axis["inputs"]], [name],
                name=f"{DECODER_PREFIX}papercast_out_2d_{name}", **axis["attribute"]))


def _renamed_input(region, name: str, new_name: str) -> None:
    """Every node of ``region`` that reads ``name`` reads ``new_name`` instead."""
    for node in region:
        for k, used in enumerate(node.input):
            if used == name:
                node.input[k] = new_name


def _size_of(constant, helper) -> int:
    """How many values an initializer or a Constant node holds (0 if it cannot tell)."""
    import numpy as np

    if constant.DESCRIPTOR.name == "TensorProto":  # an initializer
        return int(np.prod(constant.dims))
    for attribute in constant.attribute:
        value = helper.get_attribute_value(attribute)
        if hasattr(value, "dims"):
            return int(np.prod(value.dims))
        return len(value) if isinstance(value, (list, tuple, bytes, str)) else 1
    return 0
