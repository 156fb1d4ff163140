"""`hyperagent rag index` and `hyperagent rag query "..."`: the template and notes corpus in Chroma."""

from __future__ import annotations

import json
from typing import Annotated

import typer

app = typer.Typer(help="The retrieval corpus (rag_corpus/) indexed in ChromaDB with an offline embedding model.",
                  no_args_is_help=True)


@app.command("index")
def index(
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Embed new and changed corpus documents (by content hash); drop removed ones."""
    from agents.generation.retrieval import index_corpus

    stats = index_corpus()
    if as_json:
        typer.echo(json.dumps(stats))
    else:
        typer.echo(f"{stats['documents']} documents: {stats['indexed']} indexed, {stats['unchanged']} unchanged, "
                   f"{stats['removed']} removed")


@app.command("query")
def query(
    text: Annotated[str, typer.Argument(help="What to look for, in plain words.")],
    k: Annotated[int, typer.Option("-k", help="How many documents.", min=1, max=24)] = 4,
    kind: Annotated[str | None, typer.Option(help="Only 'template' or 'notes'.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """The corpus documents nearest the text, best first."""
    from agents.generation.retrieval import query as run_query

    if kind not in (None, "template", "notes"):
        typer.echo("error: --kind is 'template' or 'notes'", err=True)
        raise typer.Exit(code=1)
    hits = run_query(text, k, kind=kind)
    if as_json:
        typer.echo(json.dumps({"query": text, "hits": [
            {"id": h.id, "kind": h.kind, "family": h.family, "score": h.score} for h in hits]}))
        return
    for hit in hits:
        first = hit.text.strip().splitlines()[0][:90] if hit.text.strip() else ""
        typer.echo(f"{hit.score:.3f}  {hit.id:<22} {first}")
