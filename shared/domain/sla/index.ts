export * from './calendar';
export * from './holidays-cn';
export * from './sla-catalogue';
export * from './facts';
export * from './clock-texts';
export * from './clocks';
export * from './priority';
export * from './case-facts';
