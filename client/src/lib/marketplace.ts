import { graphql } from '../gql';

/** Operations of the marketplace pages (StockTech). Amounts come in centavos. */

export const CatalogRefsDocument = graphql(`
  query MarketplaceRefs {
    marketplaceCategories {
      id
      slug
      name
      parentId
    }
    marketplaceBrands {
      id
      name
    }
  }
`);

export const SearchProductsDocument = graphql(`
  query SearchProducts($query: String, $filter: ProductSearchFilter, $first: Int, $after: String) {
    searchProducts(query: $query, filter: $filter, first: $first, after: $after) {
      nodes {
        id
        code
        name
        price {
          cents
          formatted
        }
        stock
        isMine
        category {
          id
          name
        }
        brand {
          id
          name
        }
        seller {
          accountId
          displayName
          city
          state
        }
        images {
          id
          url
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ProductDetailDocument = graphql(`
  query ProductDetail($id: ID!) {
    product(id: $id) {
      id
      code
      name
      description
      price {
        cents
        formatted
      }
      stock
      active
      isMine
      specifications {
        key
        value
      }
      category {
        id
        name
      }
      brand {
        id
        name
      }
      seller {
        accountId
        displayName
        city
        state
        whatsapp
      }
      images {
        id
        url
        contentType
      }
    }
  }
`);

export const MyProductsDocument = graphql(`
  query MyProducts($first: Int, $after: String, $search: String) {
    products(first: $first, after: $after, search: $search) {
      nodes {
        id
        code
        name
        description
        price {
          cents
          formatted
        }
        stock
        active
        specifications {
          key
          value
        }
        category {
          id
          name
        }
        brand {
          id
          name
        }
        images {
          id
          url
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateProductDocument = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
      code
    }
  }
`);

export const UpdateProductDocument = graphql(`
  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      id
      stock
      active
      price {
        cents
        formatted
      }
    }
  }
`);

export const DeleteProductDocument = graphql(`
  mutation DeleteProduct($id: ID!) {
    deleteProduct(id: $id)
  }
`);

export const AddProductImageDocument = graphql(`
  mutation AddProductImage($productId: ID!, $input: ProductImageInput!) {
    addProductImage(productId: $productId, input: $input) {
      id
      images {
        id
        url
      }
    }
  }
`);

export const RemoveProductImageDocument = graphql(`
  mutation RemoveProductImage($productId: ID!, $imageId: ID!) {
    removeProductImage(productId: $productId, imageId: $imageId) {
      id
      images {
        id
        url
      }
    }
  }
`);

export const OrdersDocument = graphql(`
  query MarketplaceOrders($role: OrderRole!, $status: OrderStatus, $first: Int, $after: String) {
    orders(role: $role, status: $status, first: $first, after: $after) {
      nodes {
        id
        status
        myRole
        quantity
        unitPrice {
          formatted
        }
        total {
          formatted
        }
        productName
        productCode
        product {
          id
        }
        createdAt
        completedAt
        cancelledAt
        cancelledBy
        whatsappUrl
        seller {
          accountId
          displayName
        }
        buyer {
          accountId
          displayName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PlaceOrderDocument = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      id
      status
      total {
        formatted
      }
      whatsappUrl
    }
  }
`);

export const ConfirmOrderDocument = graphql(`
  mutation ConfirmOrder($id: ID!) {
    confirmOrder(id: $id) {
      id
      status
    }
  }
`);

export const CancelOrderDocument = graphql(`
  mutation CancelOrder($id: ID!) {
    cancelOrder(id: $id) {
      id
      status
    }
  }
`);

export const SendInquiryDocument = graphql(`
  mutation SendInquiry($input: SendInquiryInput!) {
    sendInquiry(input: $input) {
      id
    }
  }
`);

export const InquiriesDocument = graphql(`
  query MarketplaceInquiries($role: OrderRole!, $first: Int) {
    inquiries(role: $role, first: $first) {
      nodes {
        id
        message
        createdAt
        answer
        answeredAt
        product {
          id
          name
        }
        buyer {
          displayName
        }
        seller {
          displayName
        }
      }
    }
  }
`);

export const AnswerInquiryDocument = graphql(`
  mutation AnswerInquiry($id: ID!, $answer: String!) {
    answerInquiry(id: $id, answer: $answer) {
      id
      answer
      answeredAt
    }
  }
`);

export const SellerProfileDocument = graphql(`
  query MySellerProfile {
    mySellerProfile {
      accountId
      displayName
      whatsapp
      city
      state
    }
  }
`);

export const UpdateSellerProfileDocument = graphql(`
  mutation UpdateSellerProfile($input: SellerProfileInput!) {
    updateSellerProfile(input: $input) {
      accountId
      displayName
      whatsapp
      city
      state
    }
  }
`);

export const SalesSummaryDocument = graphql(`
  query SalesSummary($from: String!, $to: String!) {
    salesSummary(from: $from, to: $to) {
      completedOrders
      pendingOrders
      revenue {
        formatted
      }
      topProducts {
        product {
          id
          name
        }
        quantity
        revenue {
          formatted
        }
      }
    }
  }
`);

export const ORDER_STATUS_LABELS: Record<string, string> = { PENDING: 'Pendente', COMPLETED: 'Concluído', CANCELLED: 'Cancelado' };

/** Reads a file as base64 (without the data: prefix). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export const MAX_IMAGE_BYTES = 700 * 1024;
