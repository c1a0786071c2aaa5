/**
 * Plain text with quoted page labels and web addresses isolated: « Valider » and `netocentre.fr` keep their
 * own (left-to-right) direction inside an Arabic sentence. Never renders markup: the string is split into
 * text nodes only.
 * The guillemets never end up alone at the end or start of a line: each stays with its word (no-wrap spans;
 * the text itself is unchanged).
 */
const NOWRAP = { whiteSpace: 'nowrap' } as const;
const ADDRESS = { whiteSpace: 'nowrap', display: 'inline' } as const;

function Quoted({ q }: { q: string }) {
  const m = /^(«\s*\S+)(\s.*\s)(\S+\s*»)$/su.exec(q);
  return (
    <bdi dir="ltr">
      {m ? (
        <>
          <span style={NOWRAP}>{m[1]}</span>
          {m[2]}
          <span style={NOWRAP}>{m[3]}</span>
        </>
      ) : (
        <span style={NOWRAP}>{q}</span>
      )}
    </bdi>
  );
}

/** « quoted labels », and web addresses (`mon-ent-occitanie.fr`, `www.touraine-eschool.fr`); not a part of
 * a word or of an e-mail address (`prenom.nom@example.org` stays one run, as it reads). */
const ISLANDS = /(«[^»]*»|(?<![\p{L}\p{N}@.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\p{L}\p{N}@-]))/iu;

export function Text({ s }: { s: string }) {
  const parts = s.split(ISLANDS);
  if (parts.length === 1) return <>{s}</>;
  return (
    <>
      {parts.map((p, i) =>
        i % 2 === 0 ? (
          p
        ) : p.startsWith('«') ? (
          <Quoted key={i} q={p} />
        ) : (
          // An address never breaks at its hyphens: split over two lines inside right-to-left text, its
          // halves would read in the wrong order. Inline (not the quotes' wrapping box): the full stop after
          // it stays on its line.
          <bdi key={i} dir="ltr" style={ADDRESS}>
            {p}
          </bdi>
        ),
      )}
    </>
  );
}
