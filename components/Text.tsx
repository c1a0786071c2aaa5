/**
 * Plain text with quoted page labels isolated: « Valider » keeps its own (left-to-right) direction inside
 * an Arabic sentence. Never renders markup: the string is split into text nodes only.
 * The guillemets never end up alone at the end or start of a line: each stays with its word (no-wrap spans;
 * the text itself is unchanged).
 */
const NOWRAP = { whiteSpace: 'nowrap' } as const;

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

export function Text({ s }: { s: string }) {
  const parts = s.split(/(«[^»]*»)/);
  if (parts.length === 1) return <>{s}</>;
  return <>{parts.map((p, i) => (p.startsWith('«') ? <Quoted key={i} q={p} /> : p))}</>;
}
