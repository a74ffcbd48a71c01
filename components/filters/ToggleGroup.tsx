// A labelled group of toggle buttons (aria-pressed). Each button's name starts with its label, then the count
// of ideas it would show, e.g. "OCaml (3)", so people and tests can find it by what it says.
import { Component, type ComponentChildren, type Ref } from 'preact';
import { useId } from 'preact/hooks';

export interface ToggleOption {
  value: string;
  label: string;
  /** Ideas shown if this were toggled (the other filters as they are). */
  count: number;
  pressed: boolean;
}

export function ToggleGroup({
  label,
  options,
  onToggle,
  note,
  togglesRef,
  class: className = '',
  children,
}: {
  label: string;
  options: ToggleOption[];
  onToggle: (value: string) => void;
  /** Said after the label and announced with the group, e.g. how several choices combine. */
  note?: string;
  /** The element holding the toggles (not `children`). */
  togglesRef?: Ref<HTMLSpanElement>;
  class?: string;
  children?: ComponentChildren;
}) {
  const id = useId();
  return (
    <div class={`group ${className}`} role="group" aria-labelledby={`${id}-label`} aria-describedby={note ? `${id}-note` : undefined}>
      <span class="group-label" id={`${id}-label`}>
        {label}
      </span>
      <span class="toggles" ref={togglesRef}>
        {options.map((option) => (
          <ToggleButton key={option.value} option={option} onToggle={onToggle} />
        ))}
      </span>
      {children}
      {note && (
        <span class="group-note" id={`${id}-note`}>
          {note}
        </span>
      )}
    </div>
  );
}

interface ToggleButtonProps {
  option: ToggleOption;
  onToggle: (value: string) => void;
}

class ToggleButton extends Component<ToggleButtonProps> {
  // A search key changes some counts, not all: a button whose option reads the same is not rendered again. The
  // click reads the props then, so a new `onToggle` needs no render.
  shouldComponentUpdate({ option }: ToggleButtonProps): boolean {
    const shown = this.props.option;
    return option.count !== shown.count || option.pressed !== shown.pressed || option.label !== shown.label;
  }

  render({ option }: ToggleButtonProps) {
    const empty = option.count === 0 && !option.pressed;
    return (
      <button type="button" class={`toggle${empty ? ' empty' : ''}`} aria-pressed={option.pressed} onClick={() => this.props.onToggle(this.props.option.value)}>
        {option.label} <span class="count">({option.count})</span>
      </button>
    );
  }
}
