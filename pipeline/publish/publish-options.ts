/** How `build` publishes: with source text for gaps or not, with HTML previews or not. */
export interface PublishOptions {
  allowIncomplete: boolean;
  html: boolean;
}
