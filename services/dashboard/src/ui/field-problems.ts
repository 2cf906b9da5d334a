/** A form's problems by field, and the attributes that tie a field to its problem's text (WCAG 3.3.1, 3.3.3). */
export type Problems<F extends string> = Partial<Record<F, string>>;

/** The field's hint and problem as its description, and whether it is invalid. */
export function describedBy(id: string, problem: string | undefined, hint = true) {
  const ids = [hint ? `${id}-hint` : undefined, problem ? `${id}-problem` : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': problem ? true : undefined, 'aria-describedby': ids || undefined } as const;
}

/** Focus moves to the first field with a problem, whose description then reads the problem out. */
export function focusFirstProblem(container: HTMLElement | null) {
  requestAnimationFrame(() => container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
