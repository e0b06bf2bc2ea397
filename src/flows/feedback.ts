/**
 * When a field shows its error (the rule Lion uses): not while the user types
 * into it for the first time, but once they have left it after changing it, when
 * it came pre-filled, or once they tried to submit.
 */
export interface FeedbackState {
  readonly touched: boolean;
  readonly dirty: boolean;
  readonly prefilled: boolean;
  readonly submitted: boolean;
}

export function shouldShowFeedback({ touched, dirty, prefilled, submitted }: FeedbackState): boolean {
  return (touched && dirty) || prefilled || submitted;
}
