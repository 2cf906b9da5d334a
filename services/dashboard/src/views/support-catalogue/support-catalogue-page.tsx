import { useQuery } from '@apollo/client';
import { type FormEvent, useId, useState } from 'react';
import type { Agency, SupportSearch } from '../../gql/graphql.js';
import { SupportCatalogueQuery } from '../../operations/support-catalogue.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { PageHeading } from '../../ui/page-heading.js';
import { AgencySelect } from './agency-select.js';
import { KeeperTools } from './keeper-tools.js';
import { ServiceCard } from './service-card.js';
import { ServiceForm } from './service-form.js';

/**
 * Stödkatalogen: the support that exists locally, searched by words, municipality, agency and
 * whether it is open now. The catalogue keeper adds, changes and removes services here.
 */
export function SupportCataloguePage({ keeper }: { keeper: boolean }) {
  const id = useId();
  const [form, setForm] = useState({ text: '', municipality: '', agency: '' as Agency | '', openNow: false });
  const [search, setSearch] = useState<SupportSearch>({});
  const { data, error, loading } = useQuery(SupportCatalogueQuery, { variables: { search } });
  const services = data?.supportCatalogue ?? [];
  // The card of a service taken out of the catalogue is gone from the list: the page says what happened.
  const [retired, setRetired] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch({ text: form.text.trim() || null, municipality: form.municipality || null, agency: form.agency || null, openNow: form.openNow || null });
  };
  return (
    <>
      <PageHeading title="Stödkatalogen">Stödkatalogen</PageHeading>
      <p className="lead">Stöd som finns för barn och familjer i kommunerna och regionen: vad det är, vem det är till för, hur ni når det och när det är öppet.</p>
      {keeper && (
        <section aria-labelledby={`${id}-add`}>
          <h2 id={`${id}-add`}>Lägg till i katalogen</h2>
          <ServiceForm service={null} />
        </section>
      )}
      <search>
        <form className="catalogue-search" onSubmit={submit} aria-label="Sök i stödkatalogen">
          <div className="field">
            <label htmlFor={`${id}-text`}>Sökord</label>
            <input id={`${id}-text`} type="search" value={form.text} maxLength={100} onChange={(e) => setForm({ ...form, text: e.target.value })} aria-describedby={`${id}-text-hint`} />
            <p id={`${id}-text-hint`} className="hint">
              Till exempel bup, föräldrastöd eller habilitering.
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-municipality`}>Kommun</label>
            <select id={`${id}-municipality`} value={form.municipality} onChange={(e) => setForm({ ...form, municipality: e.target.value })}>
              <option value="">Alla kommuner</option>
              {(data?.supportMunicipalities ?? []).map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <AgencySelect id={`${id}-agency`} value={form.agency} empty="Alla" onChange={(agency) => setForm({ ...form, agency })} />
          </div>
          <label className="check">
            <input type="checkbox" checked={form.openNow} onChange={(e) => setForm({ ...form, openNow: e.target.checked })} /> Bara de som har öppet nu
          </label>
          <button type="submit" className="primary">
            Sök
          </button>
        </form>
      </search>
      <section aria-labelledby={`${id}-found`}>
        <h2 id={`${id}-found`}>Verksamheter</h2>
        {error && <ErrorNotice error={error} />}
        {loading && !data && <Loading what="stödkatalogen" />}
        <p role="status">
          {retired && `${retired} är borttagen ur stödkatalogen. `}
          {data
            ? services.length === 0
              ? 'Ingen verksamhet matchar sökningen. Prova färre ord eller alla kommuner.'
              : services.length === 1
                ? '1 verksamhet.'
                : `${services.length} verksamheter.`
            : ''}
        </p>
        <ul className="plain support-services">
          {services.map((s) => (
            <li key={s.id}>
              <ServiceCard service={s}>{keeper && <KeeperTools service={s} onRetired={setRetired} />}</ServiceCard>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
