/** French typography for display: no line break just inside « guillemets » or before ? ! : ; (narrow no-break space kept). */
export function fr(text: string): string {
  return text.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»').replace(/ ([?!:;])/g, '\u00a0$1');
}
