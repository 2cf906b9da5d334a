import { orderSignals, type Signal, signalInWords } from '../work-list/signal.js';

/** What needs action in a family, in words, the weightiest first: the work list's cards and the family page. */
export function Signals({ signals, label }: { signals: readonly Signal[]; label?: string }) {
  return (
    <ul className="signals" aria-label={label}>
      {orderSignals(signals).map((s) => {
        const { lead, text } = signalInWords(s);
        return (
          <li key={`${s.kind}-${s.text}`} className={`signal signal-${s.kind.toLowerCase().replaceAll('_', '-')}`}>
            {lead && <strong>{lead}</strong>} {text}
          </li>
        );
      })}
    </ul>
  );
}
