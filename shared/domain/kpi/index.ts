export * from './kpi-catalogue';
export * from './china-weeks';
export * from './compute-kpis';
