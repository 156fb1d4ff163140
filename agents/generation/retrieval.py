"""The rag_corpus in ChromaDB, embedded offline with all-MiniLM-L6-v2 run in numpy.

Why numpy: Chroma's default embedding function downloads an ONNX model (no network here) and
sentence-transformers pulls torch. The model is a 6-layer BERT; its forward pass, mean pooling and
L2 normalisation are ~60 lines of numpy over the safetensors weights and give the same vectors.
The model loads lazily (first embed, ~0.3 s) and is cached per process.

Indexing is incremental: each document's id carries the sha256 of its text in metadata, and only
new or changed documents are embedded; documents gone from the corpus are deleted.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from hyperagent.paths import data_dir, models_dir, project_root

COLLECTION = "hyperagent_corpus"
MODEL_NAME = "all-MiniLM-L6-v2"
MAX_TOKENS = 256


class MiniLMEncoder:
    """BERT forward pass (post-LayerNorm, GELU) + attention-masked mean pooling + L2 normalisation."""

    def __init__(self, model_dir: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((model_dir / "config.json").read_text())
        self.heads = config["num_attention_heads"]
        self.layers = config["num_hidden_layers"]
        self.eps = config.get("layer_norm_eps", 1e-12)
        self.w = load_file(str(model_dir / "model.safetensors"))
        # dense weights pre-transposed and contiguous: x @ W is then one plain GEMM
        self.wt = {k[: -len(".weight")]: np.ascontiguousarray(v.T) for k, v in self.w.items()
                   if k.endswith(".weight") and v.ndim == 2 and "embeddings" not in k}
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=config.get("pad_token_id", 0), pad_token="[PAD]")

    def _ln(self, x: np.ndarray, prefix: str) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + self.eps) * self.w[prefix + ".weight"] + self.w[prefix + ".bias"]

    def _dense(self, x: np.ndarray, prefix: str) -> np.ndarray:
        return x @ self.wt[prefix] + self.w[prefix + ".bias"]

    @staticmethod
    def _gelu(x: np.ndarray) -> np.ndarray:
        """BERT's exact GELU, x * Phi(x), with erf accurate to 1.2e-7."""
        return 0.5 * x * (1.0 + _erf(x / np.float32(np.sqrt(2.0))))

    def encode(self, texts: list[str], batch_size: int = 16) -> np.ndarray:
        out = []
        for start in range(0, len(texts), batch_size):
            out.append(self._encode_batch(texts[start:start + batch_size]))
        return np.concatenate(out) if out else np.zeros((0, 384), dtype=np.float32)

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        enc = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.float32)
        types = np.array([e.type_ids for e in enc], dtype=np.int64)
        batch, length = ids.shape
        w = self.w
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][np.arange(length)]
             + w["embeddings.token_type_embeddings.weight"][types])
        x = self._ln(x, "embeddings.LayerNorm")
        hidden = x.shape[-1]
        head_dim = hidden // self.heads
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def split(t: np.ndarray) -> np.ndarray:
                return t.reshape(batch, length, self.heads, head_dim).transpose(0, 2, 1, 3)

            q = split(self._dense(x, p + "attention.self.query"))
            k = split(self._dense(x, p + "attention.self.key"))
            v = split(self._dense(x, p + "attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head_dim) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, hidden)
            x = self._ln(x + self._dense(context, p + "attention.output.dense"), p + "attention.output.LayerNorm")
            inter = self._gelu(self._dense(x, p + "intermediate.dense"))
            x = self._ln(x + self._dense(inter, p + "output.dense"), p + "output.LayerNorm")
        summed = (x * mask[:, :, None]).sum(1)
        pooled = summed / np.clip(mask.sum(1, keepdims=True), 1e-9, None)
        pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return pooled.astype(np.float32)


def _erf(x: np.ndarray) -> np.ndarray:
    """Numerical Recipes' erfc Chebyshev fit (fractional error < 1.2e-7), vectorised."""
    z = np.abs(x)
    t = 1.0 / (1.0 + 0.5 * z)
    r = t * np.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (
        -0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))))
    return np.where(x >= 0, 1.0 - r, r - 1.0).astype(np.float32)


_lock = threading.Lock()


def _single_thread_blas() -> None:
    """The encoder's matrices are small: OpenBLAS threads only fight each other (and other tools) on a
    busy 2-core machine (seen: 0.15 s single-threaded vs 5 s threaded). Honours an explicit
    OPENBLAS_NUM_THREADS."""
    import ctypes
    import os

    if os.environ.get("OPENBLAS_NUM_THREADS") or os.environ.get("OMP_NUM_THREADS"):
        return
    try:
        with open("/proc/self/maps") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower() and line.split()[-1].startswith("/")}
    except OSError:
        return
    for path in paths:
        lib = ctypes.CDLL(path)
        for symbol in ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_", "openblas_set_num_threads"):
            if hasattr(lib, symbol):
                getattr(lib, symbol)(1)
                break


@lru_cache(maxsize=1)
def encoder() -> MiniLMEncoder:
    model_dir = models_dir() / MODEL_NAME
    if not (model_dir / "model.safetensors").is_file():
        from hyperagent.errors import ConfigurationError

        raise ConfigurationError(f"embedding model missing at {model_dir}: run `make setup`")
    with _lock:
        _single_thread_blas()
        return MiniLMEncoder(model_dir)


try:
    from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
    from chromadb.utils.embedding_functions import register_embedding_function
except Exception:  # pragma: no cover - chromadb is a declared dependency
    EmbeddingFunction = object  # type: ignore[assignment,misc]

    def register_embedding_function(cls):  # type: ignore[no-redef]
        return cls


@register_embedding_function
class MiniLMEmbeddingFunction(EmbeddingFunction):  # type: ignore[misc,valid-type]
    """Chroma embedding function over the numpy encoder; rebuilt from config without arguments."""

    def __init__(self) -> None:
        pass

    def __call__(self, input: "Documents") -> "Embeddings":  # noqa: A002 - Chroma's parameter name
        return [row for row in encoder().encode(list(input))]

    @staticmethod
    def name() -> str:
        return "hyperagent-minilm-numpy"

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "MiniLMEmbeddingFunction":
        return MiniLMEmbeddingFunction()

    def get_config(self) -> dict[str, Any]:
        return {"model": MODEL_NAME}

    def default_space(self) -> str:
        return "cosine"


@dataclass
class Document:
    id: str
    kind: str
    family: str
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()


@dataclass
class Hit:
    id: str
    kind: str
    family: str
    score: float
    """Cosine similarity (1 is identical)."""
    text: str


def corpus_documents(corpus: Path | None = None) -> list[Document]:
    """The manifest's documents, each as one text: what a retriever should match on, then the data."""
    corpus = corpus or project_root() / "rag_corpus"
    manifest = json.loads((corpus / "manifest.json").read_text())
    docs = []
    for entry in manifest["documents"]:
        parts = []
        for rel in entry["paths"]:
            path = corpus / rel
            if path.name == "meta.json":
                meta = json.loads(path.read_text())
                options = ", ".join(f"{k} ({v.get('doc', '')})" for k, v in meta["options"].items())
                keywords = ", ".join(meta.get("keywords", []))
                parts.append(f"{meta['title']}. {meta['description']} Keywords: {keywords}. Options: {options}")
                parts.append("Invariants: " + " ".join(meta.get("invariants", [])))
            else:
                meta_path = corpus / "templates" / entry["family"] / "meta.json"
                if entry["kind"] == "notes" and meta_path.is_file():
                    meta = json.loads(meta_path.read_text())
                    parts.append(f"Security notes for: {meta['title']}. Keywords: {', '.join(meta.get('keywords', []))}.")
                parts.append(path.read_text())
        docs.append(Document(entry["id"], entry["kind"], entry["family"], "\n\n".join(parts)))
    return docs


def _collection(path: Path | None = None):
    import chromadb
    from chromadb.config import Settings

    client = chromadb.PersistentClient(path=str(path or data_dir() / "chroma"),
                                       settings=Settings(anonymized_telemetry=False))
    return client.get_or_create_collection(COLLECTION, embedding_function=MiniLMEmbeddingFunction(),
                                           metadata={"hnsw:space": "cosine"})


def index_corpus(corpus: Path | None = None, chroma_path: Path | None = None,
                 docs: list[Document] | None = None) -> dict[str, int]:
    """Embed new and changed documents, drop removed ones. Returns counts."""
    docs = corpus_documents(corpus) if docs is None else docs
    collection = _collection(chroma_path)
    existing = collection.get(include=["metadatas"])
    stored = {i: (m or {}).get("sha256") for i, m in zip(existing["ids"], existing["metadatas"])}
    changed = [d for d in docs if stored.get(d.id) != d.sha256]
    removed = sorted(set(stored) - {d.id for d in docs})
    if removed:
        collection.delete(ids=removed)
    if changed:
        collection.upsert(
            ids=[d.id for d in changed], documents=[d.text for d in changed],
            metadatas=[{"kind": d.kind, "family": d.family, "sha256": d.sha256} for d in changed],
        )
    return {"documents": len(docs), "indexed": len(changed), "unchanged": len(docs) - len(changed),
            "removed": len(removed)}


def corpus_fingerprint(docs: list[Document] | None = None) -> str:
    """One hash of every document's id and content: it changes when rag_corpus/ does."""
    docs = corpus_documents() if docs is None else docs
    return hashlib.sha256("\n".join(f"{d.id} {d.sha256}" for d in docs).encode()).hexdigest()


_current: set[str] = set()
_current_lock = threading.Lock()


def ensure_current(chroma_path: Path | None = None) -> None:
    """Index what rag_corpus/ holds now if the store was built from another version of it (a store left by
    an earlier checkout would otherwise miss documents added since, e.g. the reference contracts). Checked
    once per process and store; the re-index embeds only new and changed documents."""
    path = Path(chroma_path or data_dir() / "chroma")
    with _current_lock:
        if str(path) in _current:
            return
        docs = corpus_documents()
        fingerprint = corpus_fingerprint(docs)
        marker = path / "corpus.sha256"
        if not marker.is_file() or marker.read_text().strip() != fingerprint or _collection(path).count() == 0:
            index_corpus(chroma_path=path, docs=docs)
            path.mkdir(parents=True, exist_ok=True)
            marker.write_text(fingerprint + "\n")
        _current.add(str(path))


def query(text: str, k: int = 4, *, kind: str | None = None, chroma_path: Path | None = None) -> list[Hit]:
    """The k nearest corpus documents (optionally only templates or notes), from an index of the current corpus."""
    ensure_current(chroma_path)
    collection = _collection(chroma_path)
    result = collection.query(query_texts=[text], n_results=k, where={"kind": kind} if kind else None,
                              include=["metadatas", "documents", "distances"])
    hits = []
    for i, meta, doc, dist in zip(result["ids"][0], result["metadatas"][0], result["documents"][0], result["distances"][0]):
        hits.append(Hit(id=i, kind=meta["kind"], family=meta["family"], score=round(1.0 - float(dist), 4), text=doc))
    return hits
