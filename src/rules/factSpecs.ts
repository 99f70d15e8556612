/** The values of a yes/no fact whose answer may be missing: anything but the safe value blocks. */
export const TRI = ['yes', 'no', 'unknown'] as const;

/** A boolean fact. */
export const b = (description: string) => ({ type: 'boolean', description }) as const;
/** A yes / no / unknown fact. */
export const tri = (description: string) => ({ type: 'string', values: TRI, description }) as const;
/** A fact that is one of a fixed list of strings. */
export const one = (values: readonly string[], description: string) => ({ type: 'string', values, description }) as const;
