"""Plain-data interfaces between the pipeline stages (see docs/architecture.md).

Every stage reads and writes these dataclasses, so one stage can be replaced without
touching the others. ``Report.to_events_json()`` prints the interchange format of
``eval/FORMAT.md``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# The scored event types, with their CAMEO reference codes (ontology/kg.ttl carries them too).
EVENT_TYPES = {
    "CyberAttack": "176",
    "Attribution": "112",
    "Denial": "016",
    "Condemnation": "111",
    "SeverRelations": "161",
    "ExpelDiplomats": "166",
    "Sanction": "163",
    "LegalAction": "173",
    "DefensiveMeasure": "0871",
}

ENTITY_TYPES = ("Country", "Organization", "GovernmentBody", "Person", "ThreatActor",
                "Malware", "Sector", "System", "Other")

MODALITIES = ("asserted", "alleged", "denied", "hypothetical", "negated")


@dataclass
class Article:
    """One news article as loaded from disk (text already decoded, not yet cleaned)."""
    id: str
    text: str
    published: date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class TimeValue:
    """A normalised date: EDTF value, its precision and inclusive xsd:date bounds.

    ``edtf`` is ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``199X`` (decade) or
    ``YYYY/YYYY`` (interval); ``precision`` is day, month, year, decade or interval.
    """
    edtf: str
    precision: str
    earliest: date
    latest: date
    text: str = ""


@dataclass
class Entity:
    """A real-world entity as one article names it.

    ``key`` is the stable local id used in IRIs (ISO 3166 alpha-3 for countries, MITRE
    or MISP id for threat actors, else a slug of the canonical name).
    """
    key: str
    name: str
    type: str = "Other"
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    iso3: str | None = None
    geonames: str | None = None
    misp_uuid: str | None = None
    mitre_id: str | None = None
    sponsor: str | None = None  # key of the suspected state sponsor (threat actors)
    country: str | None = None  # key of the state a body or person acts for

    def to_json(self) -> dict:
        out = {"name": self.name, "type": self.type, "aliases": sorted(set(self.aliases) - {self.name})}
        if self.wikidata:
            out["wikidata"] = self.wikidata
        for k in ("iso3", "geonames", "misp_uuid", "mitre_id", "sponsor", "country"):
            if getattr(self, k):
                out[k] = getattr(self, k)
        return out


@dataclass
class Provenance:
    """Where an event was read: the article, the sentence and its character offsets."""
    article: str
    sentence: str
    start: int
    end: int


@dataclass
class Event:
    """One event reported by an article. ``actors``/``targets`` hold entity keys."""
    id: str
    type: str
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    date: TimeValue | None = None
    modality: str = "asserted"
    about: str | None = None
    trigger: str = ""
    confidence: float = 0.5
    provenance: list[Provenance] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.provenance[0].sentence if self.provenance else ""


@dataclass
class Report:
    """What one article says: its entities and events, with provenance."""
    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    # acts read but not kept, as (type, sentence, why): "negated", "hypothetical" or "roles"
    # (a required actor or target not named); for diagnosis only, never exported
    dropped: list[tuple[str, str, str]] = field(default_factory=list)

    def name_of(self, key: str) -> str:
        ent = self.entities.get(key)
        return ent.name if ent else key

    def to_events_json(self) -> dict:
        """The events-JSON document of eval/FORMAT.md (extra keys are allowed there)."""
        used = sorted({k for ev in self.events for k in ev.actors + ev.targets} | set(self.entities))
        return {
            "document": {
                "id": self.article.id,
                "published": self.article.published.isoformat() if self.article.published else None,
                **({"title": self.article.title} if self.article.title else {}),
                **({"source": self.article.source} if self.article.source else {}),
                **({"url": self.article.url} if self.article.url else {}),
            },
            "entities": [self.entities[k].to_json() for k in used if k in self.entities],
            "events": [self._event_json(ev) for ev in self.events],
        }

    def _event_json(self, ev: Event) -> dict:
        out = {
            "id": ev.id,
            "type": ev.type,
            # (two keys may share a name, "Anthem" the place-like and the person-like reading)
            "actors": list(dict.fromkeys(self.name_of(k) for k in ev.actors)),
            "targets": list(dict.fromkeys(self.name_of(k) for k in ev.targets)),
            "date": ev.date.edtf if ev.date else None,
            "about": ev.about,
            "text": ev.text,
            "modality": ev.modality,
            "confidence": round(ev.confidence, 3),
        }
        if ev.date:
            out["date_precision"] = ev.date.precision
            out["date_earliest"] = ev.date.earliest.isoformat()
            out["date_latest"] = ev.date.latest.isoformat()
        if ev.trigger:
            out["trigger"] = ev.trigger
        out["sources"] = [{"article": p.article, "sentence": p.sentence, "start": p.start, "end": p.end}
                          for p in ev.provenance]
        return out
