import { cloneElement, isValidElement, type ReactNode } from 'react';

/**
 * What a part shows inside its element. Without `asChild`: the given children, else the part's
 * own content (its translated text or icon). With `asChild` the only child is the element and
 * keeps its own content; a child without any gets the part's, so
 * `<ErrorText asChild><MyText /></ErrorText>` still shows the kit's message, which the host could
 * not write itself.
 */
export function partContent(asChild: boolean, children: ReactNode, own: ReactNode): ReactNode {
  if (!asChild) return children ?? own;
  if (isValidElement<{ children?: ReactNode }>(children) && children.props.children == null)
    return cloneElement(children, undefined, own);
  return children;
}
