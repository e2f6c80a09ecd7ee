'use client';
import { useComposedRefs } from '@radix-ui/react-compose-refs';
import {
  Children,
  cloneElement,
  forwardRef,
  Fragment,
  isValidElement,
  type ForwardRefExoticComponent,
  type HTMLAttributes,
  type PropsWithoutRef,
  type ReactElement,
  type ReactNode,
  type Ref,
  type RefAttributes,
} from 'react';

type AnyProps = Record<string, unknown>;
type Handler = (...args: unknown[]) => unknown;

/** Props of a slot made by {@link createSlot}: the part's props plus the one child element. */
export type SlotProps<Props> = Props & { children?: ReactNode | undefined };

/**
 * The part's props merged under the child's own: handlers both run (the child's first, and its
 * return value is kept), styles merge with the child's winning, class names and
 * `aria-describedby` ids join. Any other prop of the child wins.
 */
function mergeProps(slotProps: AnyProps, childProps: AnyProps): AnyProps {
  const merged: AnyProps = { ...childProps };
  for (const name in childProps) {
    const fromSlot = slotProps[name];
    const fromChild = childProps[name];
    if (/^on[A-Z]/.test(name)) {
      if (fromSlot && fromChild)
        merged[name] = (...args: unknown[]) => {
          const result = (fromChild as Handler)(...args);
          (fromSlot as Handler)(...args);
          return result;
        };
      else if (fromSlot) merged[name] = fromSlot;
    } else if (name === 'style') {
      merged[name] = { ...(fromSlot as object), ...(fromChild as object) };
    } else if (name === 'className') {
      merged[name] = [fromSlot, fromChild].filter(Boolean).join(' ');
    } else if (name === 'aria-describedby') {
      const ids = new Set(
        [fromChild, fromSlot].flatMap((value) =>
          typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [],
        ),
      );
      merged[name] = ids.size > 0 ? [...ids].join(' ') : undefined;
    }
  }
  return { ...slotProps, ...merged };
}

/** The child's own ref: on its props in React 19, on the element before. */
function elementRef(element: ReactElement<AnyProps>): Ref<unknown> | undefined {
  return (element.props.ref ?? (element as unknown as { ref?: Ref<unknown> }).ref) as
    Ref<unknown> | undefined;
}

/**
 * The `asChild` renderer of a part: renders its only child element with the part's props merged
 * onto it and both refs attached. The kit's own small version of Radix's `createSlot` (without
 * `Slottable`, which the kit does not use), so portals do not load Radix's.
 */
/* @__NO_SIDE_EFFECTS__ */
export function createSlot<Elem extends Element = HTMLElement, Props = HTMLAttributes<Elem>>(
  ownerName: string,
): ForwardRefExoticComponent<PropsWithoutRef<SlotProps<Props>> & RefAttributes<Elem>> {
  const Slot = forwardRef<unknown, AnyProps>(function Slot({ children, ...slotProps }, ref) {
    const child =
      Children.count(children) === 1 && isValidElement<AnyProps>(children) ? children : null;
    const childRef = child ? elementRef(child) : undefined;
    const composedRef = useComposedRefs(ref, childRef);
    if (!child) {
      if (children || children === 0)
        throw new Error(`\`${ownerName}\` with \`asChild\` takes a single React element child.`);
      return null;
    }
    const merged = mergeProps(slotProps, child.props);
    if (child.type !== Fragment) merged.ref = ref ? composedRef : childRef;
    return cloneElement(child, merged);
  });
  Slot.displayName = `${ownerName}.Slot`;
  return Slot as unknown as ForwardRefExoticComponent<
    PropsWithoutRef<SlotProps<Props>> & RefAttributes<Elem>
  >;
}
