/** DSFR layout pieces shared by every page. */
export { default as Breadcrumb } from './Breadcrumb.svelte';
export { default as DemoNotice } from './DemoNotice.svelte';
export { default as Footer } from './Footer.svelte';
export { default as Header } from './Header.svelte';
export { default as PageStart } from './PageStart.svelte';
export { default as QueryErrors } from './QueryErrors.svelte';
export { default as ViewStatus } from './ViewStatus.svelte';
export { default as LiveContent } from './LiveContent.svelte';
export { default as StaleFigures } from './StaleFigures.svelte';
export { default as SkipLinks } from './SkipLinks.svelte';
export { FOOTER_PAGES, INSTITUTIONAL_LINKS, MAIN_NAVIGATION, ROUTE_TITLES, errorTitle, isCurrentSection, type SitePage } from './routes';
