/**
 * What portals put over their own pages (research §5b), referenced by each portal's data: the overlay keeps
 * the card clear of them, and says to close one first when it hides the control to use
 * (overlay/features/obstruction.tsx).
 */
import type { ObstructionDef, TargetDef } from './types';

/**
 * A close control of a box whose markup the research does not give: the usual labels, then words. The card
 * then says « le bouton entouré », never a label it cannot know.
 */
function genericClose(scope: string): TargetDef[] {
  const inside = (css: string) => scope.split(',').map((s) => `${s.trim()} ${css}`).join(', ');
  return [
    { css: inside('button[aria-label*="fermer" i], button[title*="fermer" i], [role=button][aria-label*="fermer" i]') },
    { css: inside('button[aria-label*="close" i], button[title*="close" i]') },
    { css: inside('button, a, [role=button]'), text: ['fermer', 'close'] },
    { css: inside('button[class*="close" i], [class*="close" i][role=button], a[class*="close" i]') },
  ];
}

/**
 * tarteaucitron's cookie banner (research §5b, Occitanie: `#tarteaucitronPersonalize2` « Tout accepter »). The bar
 * is `#tarteaucitronAlertBig` inside `#tarteaucitronRoot`. « Tout accepter » is the one button the research
 * names; another close control of the banner only if that one is missing.
 */
export const TARTEAUCITRON: ObstructionDef = {
  id: 'cookies',
  css: '#tarteaucitronAlertBig, #tarteaucitronRoot',
  close: [
    { css: '#tarteaucitronPersonalize2', help: 'obstruction.cookies' },
    { css: '#tarteaucitronRoot button', text: ['tout accepter'], help: 'obstruction.cookies' },
    ...genericClose('#tarteaucitronRoot'),
  ],
  help: 'obstruction.cookies_other',
  sources: ['research-5b:Occitanie'],
};

/** EduConnect's chatbot (research §5b, EduConnect: `#chatmd`); its close control is not described. */
export const EDUCONNECT_CHATBOT: ObstructionDef = {
  id: 'chatbot',
  css: '#chatmd',
  close: genericClose('#chatmd'),
  help: 'obstruction.chatbot',
  sources: ['research-5b:EduConnect'],
};

/** EduConnect's maintenance banner (research §5b: `#sidebar_maintenance`, `.modalMaintenance`). */
export const EDUCONNECT_MAINTENANCE: ObstructionDef = {
  id: 'maintenance',
  css: '#sidebar_maintenance, .modalMaintenance',
  close: genericClose('#sidebar_maintenance, .modalMaintenance'),
  help: 'obstruction.maintenance',
  sources: ['research-5b:EduConnect'],
};
