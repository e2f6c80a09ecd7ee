import {
  forwardRef,
  type ButtonHTMLAttributes,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type LabelHTMLAttributes,
} from 'react';

/**
 * Whether React 18 hands a `ref` to this component: there only `forwardRef` components (or a
 * `memo` of one) receive it. React 19, which the tests run on, passes `ref` as a prop to any
 * function component, so a ref reaching the DOM in these tests says nothing about React 18.
 */
export function forwardsRef(component: unknown): boolean {
  const { $$typeof, type } = component as { $$typeof?: symbol; type?: unknown };
  if ($$typeof === Symbol.for('react.memo')) return forwardsRef(type);
  return $$typeof === Symbol.for('react.forward_ref');
}

// A bank's design system, as the kit's parts meet it through `asChild`: components that pass
// props and the ref on to their element, and mark it so the tests can tell it from the kit's own.

export const DesignButton = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement>>(
  function DesignButton(props, ref) {
    return <button {...props} ref={ref} data-design="button" />;
  },
);

export const DesignText = forwardRef<HTMLParagraphElement, HTMLAttributes<HTMLParagraphElement>>(
  function DesignText(props, ref) {
    return <p {...props} ref={ref} data-design="text" />;
  },
);

export const DesignHeading = forwardRef<HTMLHeadingElement, HTMLAttributes<HTMLHeadingElement>>(
  function DesignHeading(props, ref) {
    return <h3 {...props} ref={ref} data-design="heading" />;
  },
);

export const DesignLabel = forwardRef<HTMLLabelElement, LabelHTMLAttributes<HTMLLabelElement>>(
  function DesignLabel(props, ref) {
    return <label {...props} ref={ref} data-design="label" />;
  },
);

export const DesignInput = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(
  function DesignInput(props, ref) {
    return <input {...props} ref={ref} data-design="input" />;
  },
);

export const DesignGroup = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(
  function DesignGroup(props, ref) {
    return <div {...props} ref={ref} data-design="group" />;
  },
);
