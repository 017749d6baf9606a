// Charts draw only once they come near the screen, one after another.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useChartTurn } from './chart-turns.ts';

/** An IntersectionObserver the test drives: `near(i)` says the i-th observed placeholder is near the screen. */
function fakeIntersectionObserver() {
  const observers: Array<{ element: Element | null; callback: IntersectionObserverCallback }> = [];
  class FakeObserver {
    private readonly entry: { element: Element | null; callback: IntersectionObserverCallback };
    constructor(callback: IntersectionObserverCallback) {
      this.entry = { element: null, callback };
      observers.push(this.entry);
    }
    observe(element: Element) {
      this.entry.element = element;
    }
    disconnect() {
      this.entry.element = null;
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return {
    near(index: number) {
      const observer = observers[index]!;
      const target = observer.element;
      if (!target) return;
      const entry = { isIntersecting: true, target } as unknown as IntersectionObserverEntry;
      act(() => observer.callback([entry], {} as IntersectionObserver));
    },
  };
}

function Chart({ name }: { name: string }) {
  const { turn, placeholder } = useChartTurn();
  return turn ? <p>{name} drawn</p> : <div ref={placeholder} aria-label={`${name} waiting`} />;
}

const frames = () => act(() => new Promise((resolve) => setTimeout(resolve, 100)));

describe('chart turns', () => {
  it('draws no chart until it comes near the screen, then the ones that did, in turn', async () => {
    const screenEdge = fakeIntersectionObserver();
    render(
      <>
        <Chart name="first" />
        <Chart name="second" />
        <Chart name="third" />
      </>,
    );
    await frames();
    expect(screen.queryByText(/drawn/)).toBeNull();

    screenEdge.near(1);
    screenEdge.near(2);
    expect(await screen.findByText('second drawn')).toBeInTheDocument();
    expect(await screen.findByText('third drawn')).toBeInTheDocument();
    expect(screen.getByLabelText('first waiting')).toBeInTheDocument();

    screenEdge.near(0);
    expect(await screen.findByText('first drawn')).toBeInTheDocument();
  });

  it('draws every chart where the browser cannot tell what is near the screen', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(
      <>
        <Chart name="first" />
        <Chart name="second" />
      </>,
    );
    expect(await screen.findByText('first drawn')).toBeInTheDocument();
    expect(await screen.findByText('second drawn')).toBeInTheDocument();
  });
});
