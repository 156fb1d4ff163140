// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// Allowlist (whitelist) sale: only addresses the owner approved may buy tokens at a fixed price, each up to a
/// per-wallet limit, until the sale supply is sold. The tokens are minted on purchase. Keywords: allowlist,
/// whitelist, presale, private sale, approved buyers, per-wallet limit, mint on purchase, fixed price.
contract AllowlistSale is ERC20, Ownable {
    uint256 public constant PRICE = 0.001 ether;
    uint256 public constant MAX_PER_WALLET = 1000 * 1e18;
    uint256 public constant SALE_SUPPLY = 100_000 * 1e18;

    mapping(address => bool) public allowlisted;
    mapping(address => uint256) public bought;

    event Allowlisted(address indexed account, bool allowed);

    constructor() ERC20("Allowlist Token", "ALT") Ownable(msg.sender) {}

    function setAllowlisted(address account, bool allowed) external onlyOwner {
        allowlisted[account] = allowed;
        emit Allowlisted(account, allowed);
    }

    /// @param amount token units (18 decimals); costs amount * PRICE / 1e18 wei.
    function buy(uint256 amount) external payable {
        require(allowlisted[msg.sender], "not allowlisted");
        require(amount > 0 && msg.value == (amount * PRICE) / 1e18, "wrong payment");
        require(bought[msg.sender] + amount <= MAX_PER_WALLET, "over wallet limit");
        require(totalSupply() + amount <= SALE_SUPPLY, "sold out");
        bought[msg.sender] += amount;
        _mint(msg.sender, amount);
    }

    function withdraw() external onlyOwner {
        (bool ok, ) = payable(owner()).call{value: address(this).balance}("");
        require(ok, "transfer failed");
    }
}
