import { products, reviews, shippingEstimate, users } from './data.js';

/** The benchmark's one query: nested across all four subgraphs. */
export const benchmarkQuery = `
fragment User on User { id username name }
fragment Review on Review { id body }
fragment Product on Product { inStock name price shippingEstimate upc weight }
query TestQuery {
  users { ...User reviews { ...Review product { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } } } }
  topProducts { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } }
}`;

/** The answer, computed from the static data without any GraphQL: every response must equal it. */
export function expectedResult() {
  const user = (id: string) => {
    const u = users.find((x) => x.id === id) as (typeof users)[number];
    return { id: u.id, username: u.username, name: u.name };
  };
  const product = (upc: string) => {
    const p = products.find((x) => x.upc === upc) as (typeof products)[number];
    const inStock = ['1', '4', '5'].includes(upc);
    return { inStock, name: p.name, price: p.price, shippingEstimate: shippingEstimate(p), upc: p.upc, weight: p.weight };
  };
  const reviewsOf = (pred: (r: (typeof reviews)[number]) => boolean) => reviews.filter(pred);
  const innermost = (authorId: string) => reviewsOf((r) => r.authorID === authorId).map((r) => ({ id: r.id, body: r.body, product: product(r.product.upc) }));
  const productReviews = (upc: string) => reviewsOf((r) => r.product.upc === upc).map((r) => ({ id: r.id, body: r.body, author: { ...user(r.authorID), reviews: innermost(r.authorID) } }));
  return {
    data: {
      users: users.map((u) => ({
        ...user(u.id),
        reviews: reviewsOf((r) => r.authorID === u.id).map((r) => ({ id: r.id, body: r.body, product: { ...product(r.product.upc), reviews: productReviews(r.product.upc) } })),
      })),
      topProducts: products.slice(0, 5).map((p) => ({ ...product(p.upc), reviews: productReviews(p.upc) })),
    },
  };
}
