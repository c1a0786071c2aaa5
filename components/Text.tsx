/**
 * Plain text with quoted page labels isolated: « Valider » keeps its own (left-to-right) direction inside
 * an Arabic sentence. Never renders markup: the string is split into text nodes only.
 */
export function Text({ s }: { s: string }) {
  const parts = s.split(/(«[^»]*»)/);
  if (parts.length === 1) return <>{s}</>;
  return (
    <>
      {parts.map((p, i) =>
        p.startsWith('«') ? (
          <bdi key={i} dir="ltr">
            {p}
          </bdi>
        ) : (
          p
        ),
      )}
    </>
  );
}
