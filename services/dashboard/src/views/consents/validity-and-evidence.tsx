import type { ConsentMethod } from '../../gql/graphql.js';
import { limitHint, textLimits } from '../../words/text-limits.js';
import { MethodSelect } from './consent-forms.js';

/** A consent's validity and its evidence, as every form that records one asks for them. */
export function ValidityAndEvidence(props: {
  id: string;
  validFrom: string;
  setValidFrom: (v: string) => void;
  validUntil: string;
  setValidUntil: (v: string) => void;
  method: ConsentMethod;
  setMethod: (v: ConsentMethod) => void;
  documentRef: string;
  setDocumentRef: (v: string) => void;
}) {
  const { id } = props;
  return (
    <>
      <div className="two">
        <div className="field">
          <label htmlFor={`${id}-from`}>Gäller från</label>
          <input id={`${id}-from`} type="date" value={props.validFrom} onChange={(e) => props.setValidFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-until`}>Gäller till och med</label>
          <input id={`${id}-until`} type="date" value={props.validUntil} onChange={(e) => props.setValidUntil(e.target.value)} aria-describedby={`${id}-until-hint`} />
          <p id={`${id}-until-hint`} className="hint">
            Högst 12 månader.
          </p>
        </div>
      </div>
      <div className="two">
        <MethodSelect value={props.method} onChange={props.setMethod} label="Underlag" />
        <div className="field">
          <label htmlFor={`${id}-doc`}>Dokumentreferens</label>
          <input id={`${id}-doc`} value={props.documentRef} maxLength={textLimits.documentRef} onChange={(e) => props.setDocumentRef(e.target.value)} aria-describedby={`${id}-doc-hint`} />
          <p id={`${id}-doc-hint`} className="hint">
            Till exempel blankettens nummer eller journalanteckningens. {limitHint(textLimits.documentRef)}
          </p>
        </div>
      </div>
    </>
  );
}
