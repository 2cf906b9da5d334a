/** The static data of the federation gateways benchmark's four subgraphs (accounts, products, reviews, inventory). */

export const users = [
  { id: '1', name: 'Ada Lovelace', birthDate: '1815-12-10', username: '@ada' },
  { id: '2', name: 'Alan Turing', birthDate: '1912-06-23', username: '@complete' },
  { id: '3', name: 'Grace Hopper', birthDate: '1906-12-09', username: '@grace' },
  { id: '4', name: 'Edsger Dijkstra', birthDate: '1930-05-11', username: '@ewd' },
];

export const products = [
  { upc: '1', name: 'Table', price: 899, weight: 100 },
  { upc: '2', name: 'Couch', price: 1299, weight: 1000 },
  { upc: '3', name: 'Glass', price: 15, weight: 20 },
  { upc: '4', name: 'Chair', price: 499, weight: 100 },
  { upc: '5', name: 'TV', price: 1299, weight: 1000 },
];

export const inventory = [
  { upc: '1', inStock: true },
  { upc: '2', inStock: false },
  { upc: '3', inStock: false },
  { upc: '4', inStock: true },
  { upc: '5', inStock: true },
];

export const reviews = [
  { id: '1', authorID: '1', product: { upc: '1' }, body: 'Love it!' },
  { id: '2', authorID: '1', product: { upc: '2' }, body: 'Too expensive.' },
  { id: '3', authorID: '2', product: { upc: '3' }, body: 'Could be better.' },
  { id: '4', authorID: '2', product: { upc: '1' }, body: 'Prefer something else.' },
  { id: '5', authorID: '3', product: { upc: '4' }, body: 'Sturdy.' },
  { id: '6', authorID: '4', product: { upc: '5' }, body: 'Too big for the room.' },
];

/** The benchmark's shipping rule, which inventory computes from price and weight (@requires). */
export const shippingEstimate = (p: { price: number; weight: number }) => (p.price > 1000 ? 0 : Math.round(p.weight * 0.5));
