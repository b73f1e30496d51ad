/** The head options of a chart of numbers (`progress`, `ranking`), as the chart adapters take them. */
export interface ChartHeadOptions {
  readonly title: string;
  readonly suffix?: string;
  readonly digits?: number;
  readonly max?: number;
}

/**
 * Chart data of a chart of numbers: its title, the `suffix`, `digits` and `max` that were given (an
 * option not given stays absent, so the chart's defaults apply), and its items.
 */
export function withChartHead<I>(options: ChartHeadOptions, items: I[]): { title: string; suffix?: string; digits?: number; max?: number; items: I[] } {
  return {
    title: options.title,
    ...(options.suffix === undefined ? {} : { suffix: options.suffix }),
    ...(options.digits === undefined ? {} : { digits: options.digits }),
    ...(options.max === undefined ? {} : { max: options.max }),
    items,
  };
}
