"""The 2-D decoder rewrite on small models built here: same outputs, or left alone."""

from __future__ import annotations

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from audio.speech.piper_graph import decoder_in_2d  # noqa: E402


def _decoder_model(extra_op: str | None = None, opset: int = 15):
    """encoder (Mul) → a HiFi-GAN-like decoder: conv, leaky ReLU, transposed conv with
    stride, a dilated residual conv, a division by a constant, tanh → Mul outside."""
    rng = np.random.default_rng(3)

    def weight(name, *shape):
        return numpy_helper.from_array(rng.normal(0, 0.3, shape).astype(np.float32), name)

    inits = [weight("w_pre", 6, 4, 7), weight("b_pre", 6), weight("w_up", 6, 3, 8),
             weight("b_up", 3), weight("w_res", 3, 3, 3), weight("w_post", 1, 3, 7),
             numpy_helper.from_array(np.array(2.0, dtype=np.float32), "two")]
    conv = dict(kernel_shape=[7], pads=[3, 3], strides=[1], dilations=[1])
    nodes = [
        helper.make_node("Mul", ["x", "x"], ["z"], name="/enc/Mul"),
        helper.make_node("Conv", ["z", "w_pre", "b_pre"], ["a"], name="/dec/conv_pre/Conv",
                         **conv),
        helper.make_node("LeakyRelu", ["a"], ["b"], name="/dec/LeakyRelu", alpha=0.1),
        helper.make_node("ConvTranspose", ["b", "w_up", "b_up"], ["c"],
                         name="/dec/ups.0/ConvTranspose", kernel_shape=[8], strides=[4],
                         pads=[2, 2]),
        helper.make_node("Conv", ["c", "w_res"], ["d"], name="/dec/res/Conv",
                         kernel_shape=[3], pads=[3, 3], dilations=[3]),
        helper.make_node("Add", ["c", "d"], ["e"], name="/dec/Add"),
        helper.make_node("Div", ["e", "two"], ["f"], name="/dec/Div"),
        helper.make_node("Conv", ["f", "w_post"], ["g"], name="/dec/conv_post/Conv", **conv),
        helper.make_node(extra_op or "Tanh", ["g"], ["h"], name="/dec/Tanh"),
        helper.make_node("Mul", ["h", "h"], ["y"], name="/out/Mul"),
    ]
    graph = helper.make_graph(
        nodes, "decoder", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4, "T"])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 1, "T4"])], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])


def _run(model, x: np.ndarray) -> np.ndarray:
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    session = ort.InferenceSession(model.SerializeToString(), options,
                                   providers=["CPUExecutionProvider"])
    return session.run(None, {"x": x})[0]


@pytest.mark.parametrize("opset", [11, 15])
def test_the_rewritten_decoder_computes_the_same_samples(opset):
    model = _decoder_model(opset=opset)
    rewritten = decoder_in_2d(model)
    assert rewritten is not None
    onnx.checker.check_model(rewritten)
    x = np.random.default_rng(1).normal(size=(1, 4, 50)).astype(np.float32)
    before, after = _run(model, x), _run(rewritten, x)
    assert before.shape == after.shape == (1, 1, 200)
    assert np.abs(before - after).max() < 1e-5
    weights = {i.name: list(i.dims) for i in rewritten.graph.initializer}
    assert weights["w_pre"] == [6, 4, 1, 7] and weights["w_up"] == [6, 3, 1, 8]
    assert len(model.graph.node) + 2 == len(rewritten.graph.node)  # one in, one out
    assert [i.dims for i in model.graph.initializer if i.name == "w_pre"] == [[6, 4, 7]]


def test_a_decoder_with_an_operator_it_does_not_know_is_left_alone():
    assert decoder_in_2d(_decoder_model(extra_op="Softmax")) is None


def test_a_model_without_a_decoder_is_left_alone():
    model = _decoder_model()
    for node in model.graph.node:
        node.name = node.name.replace("/dec/", "/vocoder/")
    assert decoder_in_2d(model) is None
