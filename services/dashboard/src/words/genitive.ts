/** Swedish genitive: Sagas uppgifter, but Agnes uppgifter (a name ending in s, x or z takes nothing). */
export const genitive = (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`);
