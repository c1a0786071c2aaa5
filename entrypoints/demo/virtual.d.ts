declare module 'virtual:demo-fixtures' {
  import type { DemoPlan } from '@/utils/demo/plan';
  const plan: DemoPlan;
  export default plan;
}
