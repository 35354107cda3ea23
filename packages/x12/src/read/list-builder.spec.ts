import { emptyList } from './append';
import { ListBuilder } from './list-builder';

describe('ListBuilder', () => {
  it('hands out the items in order as an exact-size array and starts again empty', () => {
    const b = new ListBuilder<number>();
    b.add(1);
    b.add(2);
    b.add(3);
    expect(b.length).toBe(3);
    const first = b.take();
    expect(first).toEqual([1, 2, 3]);
    expect(b.length).toBe(0);
    b.add(4);
    expect(b.take()).toEqual([4]);
    expect(first).toEqual([1, 2, 3]);
  });

  it('hands out the shared empty list when nothing was added', () => {
    expect(new ListBuilder<string>().take()).toBe(emptyList());
  });
});
